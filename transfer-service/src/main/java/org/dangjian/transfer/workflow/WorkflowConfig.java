package org.dangjian.transfer.workflow;

import java.util.HashSet;
import org.dangjian.transfer.calendar.HolidayCalendars;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The local rules of transfers, from {@code dj.transfer.*} and the holiday calendar, as the plain rule objects. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TransferProperties.class)
class WorkflowConfig {
    @Bean
    ApprovalChain approvalChain(TransferProperties properties) {
        return new ApprovalChain(new HashSet<>(properties.chain().approverTypes()),
                properties.chain().commonAncestorAlways());
    }

    /** One per process, so that a year without a calendar is warned about once. */
    @Bean
    WorkingDays workingDays(HolidayCalendars calendars) {
        return new WorkingDays(calendars::current);
    }
}
