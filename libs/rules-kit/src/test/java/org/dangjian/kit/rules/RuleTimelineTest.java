package org.dangjian.kit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.junit.jupiter.api.Test;

class RuleTimelineTest {
    record Age(int years) {
    }

    static final RuleDefinition<Age> AGE = new RuleDefinition<>() {
        @Override
        public String name() {
            return "age";
        }

        @Override
        public String title() {
            return "年龄";
        }

        @Override
        public Class<Age> type() {
            return Age.class;
        }

        @Override
        public Age national() {
            return new Age(18);
        }

        @Override
        public String nationalSource() {
            return "党章第一条";
        }

        @Override
        public List<FieldProblem> problems(Age value) {
            return List.of();
        }
    };

    private static RuleEntry<Age> set(int version, String from, int years) {
        return new RuleEntry<>(version, LocalDate.parse(from), new Age(years), "通知", 1L, Instant.EPOCH);
    }

    @Test
    void theValueInForceIsTheLatestSetFromADayNotAfterIt() {
        // set in this order: from 2030 first, then 2028, then 2028 again (the later set wins that day)
        RuleTimeline<Age> timeline = RuleTimeline.of(AGE, List.of(set(1, "2030-01-01", 21), set(2, "2028-01-01", 19),
                set(3, "2028-01-01", 20)));

        assertThat(timeline.inForce(LocalDate.parse("2027-12-31"))).as("before any: the national value")
                .isEqualTo(new Age(18));
        assertThat(timeline.entryInForce(LocalDate.parse("2027-12-31")).source()).isEqualTo("党章第一条");
        assertThat(timeline.inForce(LocalDate.parse("2028-01-01"))).as("from its day on, the later of two set for it")
                .isEqualTo(new Age(20));
        assertThat(timeline.inForce(LocalDate.parse("2029-12-31"))).isEqualTo(new Age(20));
        assertThat(timeline.inForce(LocalDate.parse("2030-01-01"))).as("set first, but from a later day")
                .isEqualTo(new Age(21));
        assertThat(timeline.history()).extracting(RuleEntry::version).as("the latest set first").containsExactly(3, 2, 1);
    }
}
