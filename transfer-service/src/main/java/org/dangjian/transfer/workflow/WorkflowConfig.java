package org.dangjian.transfer.workflow;

import java.util.HashSet;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The local rules of transfers, from {@code dj.transfer.*}, as the plain rule objects (working days: calendar-kit). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TransferProperties.class)
class WorkflowConfig {
    @Bean
    ApprovalChain approvalChain(TransferProperties properties) {
        return new ApprovalChain(new HashSet<>(properties.chain().approverTypes()),
                properties.chain().commonAncestorAlways());
    }
}
