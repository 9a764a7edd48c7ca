package vn.motcua.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A service a visitor queues for; its letter prefixes every ticket number (A001). */
@Entity
public class CenterService {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private String letter;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private ServiceField field;
    private int sortOrder;
    private boolean retired;

    protected CenterService() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getLetter() {
        return letter;
    }

    public ServiceField getField() {
        return field;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    /** No longer offered at the kiosk; kept, because its tickets and reports still name it. */
    public boolean isRetired() {
        return retired;
    }
}
