package org.dangjian.kit.web.time;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

class BusinessClockTest {
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(BusinessClockAutoConfiguration.class, ValidationAutoConfiguration.class));

    record Entry(@PastOrPresent LocalDate date) {
    }

    @Test
    void todayIsChinasDateUnlessConfiguredOtherwise() {
        context.run(c -> assertThat(c.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Asia/Shanghai")));
        context.withPropertyValues("dj.time-zone=Europe/Berlin")
                .run(c -> assertThat(c.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Europe/Berlin")));
    }

    /** 07:00 on 1 March in Kunshan is still 28 February in UTC: 1 March is today, not the future. */
    @Test
    void validationJudgesThePastByTheSameClock() {
        ZoneId china = ZoneId.of("Asia/Shanghai");
        Clock sevenAm = Clock.fixed(ZonedDateTime.of(2027, 3, 1, 7, 0, 0, 0, china).toInstant(), china);
        context.withBean(Clock.class, () -> sevenAm).run(c -> {
            Validator validator = c.getBean(Validator.class);
            assertThat(validator.validate(new Entry(LocalDate.of(2027, 3, 1)))).isEmpty();
            assertThat(validator.validate(new Entry(LocalDate.of(2027, 3, 2)))).hasSize(1);
        });
    }
}
