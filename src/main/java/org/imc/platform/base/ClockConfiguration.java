package org.imc.platform.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every feature asks for "today" and "now" (in UTC), so a test can replace it with
 * a fixed one ({@code @TestBean} or {@code @MockitoBean} of {@link Clock}).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
