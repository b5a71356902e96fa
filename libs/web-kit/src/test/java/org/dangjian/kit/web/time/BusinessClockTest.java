package org.dangjian.kit.web.time;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.dangjian.kit.web.devmode.DevelopmentModeAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

class BusinessClockTest {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DevelopmentModeAutoConfiguration.class,
                    BusinessClockAutoConfiguration.class, ValidationAutoConfiguration.class));

    record Entry(@PastOrPresent LocalDate date) {
    }

    @Test
    void todayIsChinasDateUnlessConfiguredOtherwise() {
        context.run(c -> assertThat(c.getBean(Clock.class).getZone()).isEqualTo(CHINA));
        context.withPropertyValues("dj.time-zone=Europe/Berlin")
                .run(c -> assertThat(c.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Europe/Berlin")));
    }

    /** 07:00 on 1 March in Kunshan is still 28 February in UTC: 1 March is today, not the future. */
    @Test
    void validationJudgesThePastByTheSameClock() {
        Clock sevenAm = Clock.fixed(ZonedDateTime.of(2027, 3, 1, 7, 0, 0, 0, CHINA).toInstant(), CHINA);
        context.withBean(Clock.class, () -> sevenAm).run(c -> {
            Validator validator = c.getBean(Validator.class);
            assertThat(validator.validate(new Entry(LocalDate.of(2027, 3, 1)))).isEmpty();
            assertThat(validator.validate(new Entry(LocalDate.of(2027, 3, 2)))).hasSize(1);
        });
    }

    @Test
    void withoutAnOffsetTheClockIsTheRealTime() {
        context.withPropertyValues("dj.dev-mode=true").run(c -> {
            Instant before = Instant.now();
            Instant now = c.getBean(Clock.class).instant();
            assertThat(now).isBetween(before, Instant.now());
        });
    }

    /** A rehearsal 90 days ahead: "today" is 90 days on, in the users' zone, and validation agrees. */
    @Test
    void inDevelopmentModeTheClockOffsetMovesToday() {
        context.withPropertyValues("dj.dev-mode=true", "dj.clock.offset=P90D").run(c -> {
            Clock clock = c.getBean(Clock.class);
            Instant before = Instant.now().plus(Duration.ofDays(90));
            LocalDate today = LocalDate.now(clock);
            Instant after = Instant.now().plus(Duration.ofDays(90));
            assertThat(today).isBetween(LocalDate.ofInstant(before, CHINA), LocalDate.ofInstant(after, CHINA));
            assertThat(clock.getZone()).isEqualTo(CHINA);
            assertThat(c.getBean(Validator.class).validate(new Entry(LocalDate.ofInstant(Instant.now(), CHINA).plusDays(60))))
                    .as("60 days from the real today lies in the rehearsal's past").isEmpty();
        });
    }

    @Test
    void aClockOffsetWithoutDevelopmentModeRefusesToStart() {
        context.withPropertyValues("dj.clock.offset=P90D").run(c -> assertThat(c).hasFailed().getFailure().rootCause()
                .hasMessage("dj.clock.offset=P90D (DJ_CLOCK_OFFSET) moves the platform's clock and is for development"
                        + " only: remove DJ_CLOCK_OFFSET, or DJ_DEV_MODE=true on a development machine"));
    }

    @Test
    void aClockOffsetBackwardsRefusesToStartEvenInDevelopmentMode() {
        context.withPropertyValues("dj.dev-mode=true", "dj.clock.offset=-PT2H").run(c -> assertThat(c).hasFailed()
                .getFailure().rootCause().hasMessageStartingWith("dj.clock.offset=-PT2H (DJ_CLOCK_OFFSET) would move the clock back"));
    }

    @Test
    void anOffsetThatIsNoDurationNamesTheSetting() {
        context.withPropertyValues("dj.dev-mode=true", "dj.clock.offset=3 months").run(c -> assertThat(c).hasFailed()
                .getFailure().rootCause().hasMessageContaining("dj.clock.offset=3 months (DJ_CLOCK_OFFSET) is not a duration"));
    }
}
