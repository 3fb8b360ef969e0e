package cn.kaohe.rectification.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock deadlines and overdue checks are computed against: dates in China Standard Time. Injected wherever
 * "today" matters, so a test or a deployment can replace it (a CDI {@code @Alternative}, or {@link #use(Clock)}).
 */
@ApplicationScoped
public class RectificationClock {

    /** Deadlines are dates in China Standard Time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private volatile Clock clock = Clock.system(ZONE);

    public Clock clock() {
        return clock;
    }

    /** Replaces the clock (tests). */
    public void use(Clock replacement) {
        this.clock = replacement;
    }

    /** Today's date in China. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** Now in UTC, for timestamps (entities keep UTC {@code LocalDateTime}). */
    public LocalDateTime nowUtc() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
