package vn.motcua;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.motcua.center.CenterTime;

/** A clock tests move by hand, so days, ordering by time and midnight are deterministic. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(LocalDateTime.of(2026, 11, 23, 7, 30).atZone(CenterTime.ZONE).toInstant());
    }

    /** A clock that stands still until moved. */
    public static final class MutableClock extends Clock {

        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        public void set(LocalDateTime localTime) {
            now = localTime.atZone(CenterTime.ZONE).toInstant();
        }

        public void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return CenterTime.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("The center's clock has one zone");
        }
    }
}
