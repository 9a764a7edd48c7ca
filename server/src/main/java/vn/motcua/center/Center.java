package vn.motcua.center;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The service center itself: the name and hotline printed on every ticket and shown on every public screen. */
@Entity
public class Center {

    @Id
    private Integer id;
    private String name;
    private String address;
    private String hotline;
    private int ticketNumberStart;
    private int ticketNumberWidth;
    private int priorityCallCap;
    private int recallsBeforeNoShow;
    private int ratingScale;
    private int ratingWindowSeconds;
    private boolean nextDayTickets;
    private String agencyCode;
    private boolean provinceRatingForm;

    protected Center() {
    }

    /** The key every center-scoped row names: a province holds many centers in one database. */
    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getHotline() {
        return hotline;
    }

    /** The first number of each service each day (1 gives A001). */
    public int getTicketNumberStart() {
        return ticketNumberStart;
    }

    /** Digits after the letter (3 gives A001). */
    public int getTicketNumberWidth() {
        return ticketNumberWidth;
    }

    /** 0: priority visitors always first; n: an ordinary ticket gets through after n priority calls in a row. */
    public int getPriorityCallCap() {
        return priorityCallCap;
    }

    /** Recalls an officer must make before marking a visitor absent. */
    public int getRecallsBeforeNoShow() {
        return recallsBeforeNoShow;
    }

    /** Faces on the rating pad: 3, 4 or 5. */
    public int getRatingScale() {
        return ratingScale;
    }

    /** How long after a ticket is finished the pad still offers it for rating. */
    public int getRatingWindowSeconds() {
        return ratingWindowSeconds;
    }

    /** After closing time or on a day off, the kiosk issues tickets for the next working day instead of none. */
    public boolean isNextDayTickets() {
        return nextDayTickets;
    }

    /** The receiving agency's identifier (mã định danh), the first part of every dossier code received here. */
    public String getAgencyCode() {
        return agencyCode;
    }

    /** Whether the province's rating form is filled at return (seed 001: for every dossier). */
    public boolean isProvinceRatingForm() {
        return provinceRatingForm;
    }
}
