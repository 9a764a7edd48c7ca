package vn.motcua.catalogue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An administrative procedure (thủ tục hành chính) as the public catalogue lists it, with its legal time. */
@Entity
@Table(name = "admin_procedure")
public class Procedure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Integer centerId;
    private String code;
    private String name;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private ServiceField field;
    @ManyToOne(fetch = FetchType.EAGER)
    private CenterService service;
    @Embedded
    private LegalTime legalTime;
    private Long feeVnd;
    private String feeNote;
    private boolean onTheSpot;
    private boolean demoValues;
    private int sortOrder;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "procedure_document", joinColumns = @JoinColumn(name = "procedure_id"))
    @OrderColumn(name = "position_no")
    private List<ProcedureDocument> documents = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "procedure_step", joinColumns = @JoinColumn(name = "procedure_id"))
    @OrderColumn(name = "position_no")
    private List<ProcedureStep> steps = new ArrayList<>();

    protected Procedure() {
    }

    public Long getId() {
        return id;
    }

    public Integer getCenterId() {
        return centerId;
    }

    /** The national procedure code (mã TTHC), e.g. "1.001193". */
    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public ServiceField getField() {
        return field;
    }

    /** The kiosk service a visitor takes a ticket for to submit this procedure, if one groups it. */
    public Optional<CenterService> getService() {
        return Optional.ofNullable(service);
    }

    public LegalTime getLegalTime() {
        return legalTime;
    }

    /** The fee in đồng, or empty when none is charged. */
    public Optional<Long> getFeeVnd() {
        return Optional.ofNullable(feeVnd);
    }

    public Optional<String> getFeeNote() {
        return Optional.ofNullable(feeNote);
    }

    /** A "4 tại chỗ" procedure: received, appraised, decided and returned at the counter. */
    public boolean isOnTheSpot() {
        return onTheSpot;
    }

    /** Demo data: every screen says so, the legal values must be checked against the national database. */
    public boolean isDemoValues() {
        return demoValues;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public List<ProcedureDocument> getDocuments() {
        return List.copyOf(documents);
    }

    public List<ProcedureStep> getSteps() {
        return List.copyOf(steps);
    }
}
