package vn.motcua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The one-stop center's queue, kiosk and satisfaction application. */
@SpringBootApplication
public class MotCuaApplication {

    public static void main(String[] args) {
        SpringApplication.run(MotCuaApplication.class, args);
    }
}
