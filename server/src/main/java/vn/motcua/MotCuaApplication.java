package vn.motcua;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The one-stop center's queue, kiosk and satisfaction application. */
@SpringBootApplication
public class MotCuaApplication {

    public static void main(String[] args) {
        // Times are stored as instants and shown in the center's zone (CenterTime.ZONE) explicitly. A machine set to
        // Asia/Ho_Chi_Minh would otherwise read a time of day (opening hours) through its 1970 offset of +8, not +7:
        // 07:30 came back as 15:30. The JVM's own zone is therefore UTC, whatever the machine's.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        SpringApplication.run(MotCuaApplication.class, args);
    }
}
