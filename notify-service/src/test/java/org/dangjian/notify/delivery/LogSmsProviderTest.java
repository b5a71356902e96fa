package org.dangjian.notify.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.dangjian.kit.web.devmode.DevelopmentModeAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The log provider prints members' login codes to the service's log: only a development machine may run
 * it, and a deployment that chose it (or chose nothing) is told at start-up what to set.
 */
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class LogSmsProviderTest {
    private static final String REFUSAL = "dj.notify.sms.provider=log (DJ_NOTIFY_SMS_PROVIDER) prints codes to the"
            + " log and is for development only: set DJ_NOTIFY_SMS_PROVIDER=aliyun or tencent with its credentials,"
            + " or DJ_DEV_MODE=true on a development machine";

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DevelopmentModeAutoConfiguration.class))
            .withUserConfiguration(LogSmsConfig.class);

    @Test
    void withoutDevelopmentModeTheLogSmsProviderRefusesToStart() {
        context.withPropertyValues("dj.notify.sms.provider=log")
                .run(started -> assertThat(started).hasFailed().getFailure().rootCause().hasMessage(REFUSAL));
    }

    @Test
    void withoutDevelopmentModeAServiceThatChoseNoProviderRefusesToStartTheSameWay() {
        context.run(started -> assertThat(started).hasFailed().getFailure().rootCause().hasMessage(REFUSAL));
    }

    @Test
    void inDevelopmentModeTheLogSmsProviderStarts() {
        context.withPropertyValues("dj.dev-mode=true", "dj.notify.sms.provider=log")
                .run(started -> assertThat(started.getBean(SmsProvider.class).name()).isEqualTo("log"));
        context.withPropertyValues("dj.dev-mode=true")
                .run(started -> assertThat(started.getBean(SmsProvider.class).name()).isEqualTo("log"));
    }

    @Test
    void choosingAnotherProviderLeavesTheLogProviderOut() {
        context.withPropertyValues("dj.notify.sms.provider=aliyun").run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started).doesNotHaveBean(SmsProvider.class);
        });
    }

    @Test
    void theLogLineShowsTheCodeButNotThePhoneNumber(org.springframework.boot.test.system.CapturedOutput output) {
        org.dangjian.notify.template.Template template = org.dangjian.notify.template.Template.builtIn(
                org.dangjian.notify.template.MessageKind.values()[0]);
        new LogSmsProvider().send(new SmsRequest(42L, "13812345678", template, java.util.Map.of()));
        assertThat(output.getOut()).contains("SMS to 138****5678 (message 42)").doesNotContain("13812345678");
    }
}
