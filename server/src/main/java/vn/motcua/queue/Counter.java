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
    private int priorityStreak;

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

    public int getPriorityStreak() {
        return priorityStreak;
    }

    void seat(Officer officer) {
        this.currentOfficer = officer;
    }

    /** Counts priority calls in a row, for the center's cap; carried-over and front tickets leave it as it is. */
    void counted(int queueRank) {
        if (queueRank == QueueRank.PRIORITY) {
            priorityStreak++;
        } else if (queueRank == QueueRank.ORDINARY) {
            priorityStreak = 0;
        }
    }
}
