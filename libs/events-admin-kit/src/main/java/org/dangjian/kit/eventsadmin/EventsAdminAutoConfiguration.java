package org.dangjian.kit.eventsadmin;

import org.dangjian.kit.web.problem.ProblemBundle;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** The problem messages of {@link DeadLetterRoutes}, in Chinese and English. */
@AutoConfiguration
public class EventsAdminAutoConfiguration {

    @Bean
    ProblemBundle eventsAdminProblems() {
        return new ProblemBundle("dj-problems/events-admin");
    }
}
