package org.dangjian.org.account;

import org.aopalliance.intercept.MethodInvocation;
import org.dangjian.org.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;

/**
 * Every attempt to change an account is on record with its outcome, the refused ones included: when a
 * route's rights annotation ({@code @Administrators}) refuses a member or an auditor, the route never runs,
 * so the refusal is recorded here, from Spring Security's authorization-denied event, as the service
 * recorded it before: a FAILURE with reason FORBIDDEN under the target account (or the requested username).
 */
@Configuration(proxyBeanMethods = false)
class RefusedAccountChanges {
    private static final String FORBIDDEN = "FORBIDDEN";

    private final AuditLog audit;
    private final AccountMapper accounts;

    RefusedAccountChanges(AuditLog audit, AccountMapper accounts) {
        this.audit = audit;
        this.accounts = accounts;
    }

    /** Method security publishes its refusals as application events (only refusals: the default). */
    @Bean
    static AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    @EventListener
    void refused(AuthorizationDeniedEvent<?> event) {
        // The event's generic type is not matched against AuthorizationDeniedEvent<MethodInvocation>, so test
        // the object: a method invocation for method security, a request for the URL rules.
        if (!(event.getObject() instanceof MethodInvocation call)) {
            return;
        }
        AccountChange change = call.getMethod().getAnnotation(AccountChange.class);
        if (change == null) {
            return;
        }
        Object subject = call.getArguments()[0];
        if (subject instanceof CreateAccountRequest request) {
            audit.failure(change.value(), null, request.username(), FORBIDDEN);
        } else if (subject instanceof Long id) {
            Account target = accounts.selectById(id);
            audit.failure(change.value(), id, target == null ? null : target.getUsername(), FORBIDDEN);
        }
    }
}
