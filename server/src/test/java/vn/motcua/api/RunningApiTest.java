package vn.motcua.api;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.QueueTestData;

/** A test of the API over real HTTP, each test starting from the demo center's empty morning. */
@ApiTest
abstract class RunningApiTest {

    @LocalServerPort
    int port;
    @Autowired
    QueueTestData data;

    Api api;

    @BeforeEach
    void startOfDay() {
        data.startOfDay();
        api = new Api(port);
    }
}
