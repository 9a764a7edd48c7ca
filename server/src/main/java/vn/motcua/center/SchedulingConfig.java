package vn.motcua.center;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the center's timed jobs, such as the end-of-day carry-over. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {
}
