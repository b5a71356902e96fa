package org.dangjian.transfer.workflow;

import java.util.HashSet;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The local rules of transfers, from {@code dj.transfer.*}, as the plain rule objects. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TransferSettings.class)
class WorkflowConfig {
    @Bean
    ApprovalChain approvalChain(TransferSettings settings) {
        return new ApprovalChain(new HashSet<>(settings.getChain().getApproverTypes()),
                settings.getChain().isCommonAncestorAlways());
    }

    @Bean
    WorkingDays workingDays(TransferSettings settings) {
        return new WorkingDays(new HashSet<>(settings.getCalendar().getHolidays()),
                new HashSet<>(settings.getCalendar().getWorkingWeekendDays()));
    }
}
