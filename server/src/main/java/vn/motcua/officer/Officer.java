package vn.motcua.officer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** An officer (công chức, viên chức, LĐHĐ) who serves at counters and answers for what they handle. */
@Entity
public class Officer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String fullName;
    private String title;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private Unit unit;
    @Enumerated(EnumType.STRING)
    private Employment employment;

    protected Officer() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getFullName() {
        return fullName;
    }

    public String getTitle() {
        return title;
    }

    public Unit getUnit() {
        return unit;
    }

    public Employment getEmployment() {
        return employment;
    }
}
