package vn.motcua.officer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.util.Optional;

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
    private LocalDate leftOn;

    protected Officer() {
    }

    Officer(String code, String fullName, String title, Unit unit, Employment employment) {
        this.code = code;
        change(fullName, title, employment);
        this.unit = unit;
    }

    void change(String newFullName, String newTitle, Employment newEmployment) {
        fullName = newFullName;
        title = newTitle;
        employment = newEmployment;
    }

    void moveTo(Unit newUnit) {
        unit = newUnit;
    }

    void leave(LocalDate day) {
        leftOn = day;
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

    /** The day the officer left the center; they stay on every record they made, their account is locked. */
    public Optional<LocalDate> getLeftOn() {
        return Optional.ofNullable(leftOn);
    }

    /** "CB01 Nguyễn Thị Hương": how the audit trail and the admin screens name an officer. */
    public String label() {
        return code + " " + fullName;
    }
}
