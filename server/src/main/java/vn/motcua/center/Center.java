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

    protected Center() {
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
}
