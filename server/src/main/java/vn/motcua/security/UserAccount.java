package vn.motcua.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A person who signs in; an officer's account is linked to the officer record the queue attributes work to. */
@Entity
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    private String fullName;
    private Long officerId;
    private Long unitId;
    private boolean enabled = true;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, Role role, String fullName, Long officerId, Long unitId) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.fullName = fullName;
        this.officerId = officerId;
        this.unitId = unitId;
    }

    void changePassword(String newHash) {
        passwordHash = newHash;
    }

    void enable(boolean on) {
        enabled = on;
    }

    /** The account now answers for a unit (joint liability, the head's screens). */
    void headUnit(Long unit) {
        role = Role.UNIT_HEAD;
        unitId = unit;
    }

    /** A former head serves as an officer again. */
    void stepDown() {
        role = Role.OFFICER;
        unitId = null;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public String getFullName() {
        return fullName;
    }

    public Long getOfficerId() {
        return officerId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
