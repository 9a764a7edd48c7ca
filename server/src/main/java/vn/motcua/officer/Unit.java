package vn.motcua.officer;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A unit (bộ phận, phòng) whose head answers for its officers. */
@Entity
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;

    protected Unit() {
    }

    Unit(String code, String name) {
        rename(code, name);
    }

    void rename(String newCode, String newName) {
        code = newCode;
        name = newName;
    }

    /** "KT Phòng Kinh tế": how the audit trail names a unit. */
    public String label() {
        return code + " " + name;
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
}
