package vn.motcua.center;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A leader of the center whose hotline is posted on every public screen, so citizens can report problems (seed 000). */
@Entity
public class CenterLeader {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int sortOrder;
    private String title;
    private String fullName;
    private String phone;

    protected CenterLeader() {
    }

    CenterLeader(int sortOrder, String title, String fullName, String phone) {
        this.sortOrder = sortOrder;
        change(title, fullName, phone);
    }

    void change(String newTitle, String newFullName, String newPhone) {
        title = newTitle;
        fullName = newFullName;
        phone = newPhone;
    }

    void placeAt(int position) {
        sortOrder = position;
    }

    public Long getId() {
        return id;
    }

    /** "Chủ tịch UBND xã Nguyễn Văn Bình, 0912 345 678": how the audit trail names the leader's line. */
    public String line() {
        return title + " " + fullName + ", " + phone;
    }

    /** Where the leader stands in the list: the chairperson first. */
    public int getSortOrder() {
        return sortOrder;
    }

    public String getTitle() {
        return title;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPhone() {
        return phone;
    }
}
