package vn.motcua.queue;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import vn.motcua.officer.Officer;

/** A counter (quầy) and the officer sitting at it now. */
@Entity
public class Counter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int number;
    private String name;
    @ManyToOne(fetch = FetchType.EAGER)
    private Officer currentOfficer;

    protected Counter() {
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public Officer getCurrentOfficer() {
        return currentOfficer;
    }

    void seat(Officer officer) {
        this.currentOfficer = officer;
    }
}
