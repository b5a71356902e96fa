package org.dangjian.notify;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * notify-service with what it talks to replaced by stubs the test controls: an SMS provider that can fail
 * ({@link FlakyProvider}), WeChat ({@link WechatStub}), org- and member-service ({@link NeighbourStubs}),
 * a settable business clock, short back-offs and the delivery-report secret. Every test starts at noon
 * (outside quiet hours) with a provider that accepts everything. The same declaration on every test class
 * lets them share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(NotifyTestDoubles.class)
@ContextConfiguration(initializers = NotifyTestDoubles.StubAddresses.class)
@TestPropertySource(properties = {"dj.notify.sms.provider=test", "dj.notify.backoff-base=100ms",
        "dj.notify.worker.poll-interval=100ms", "dj.notify.reports.token=" + StubbedProviders.REPORTS_TOKEN})
@ExtendWith(StubbedProviders.Reset.class)
public @interface StubbedProviders {
    /** The secret of the providers' delivery-report URLs. */
    String REPORTS_TOKEN = "report-secret-7f3a";

    /** Before each test: noon today, and a provider that accepts the next call. */
    final class Reset implements BeforeEachCallback {
        @Override
        public void beforeEach(ExtensionContext context) {
            ApplicationContext spring = SpringExtension.getApplicationContext(context);
            spring.getBean(SettableClock.class).noonToday();
            spring.getBean(FlakyProvider.class).failNext(0);
        }
    }
}
