package org.dangjian.kit.web.devmode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class DevelopmentModeTest {
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DevelopmentModeAutoConfiguration.class));

    @Test
    void developmentModeIsOffUnlessDjDevModeIsTrue() {
        context.run(c -> assertThat(c.getBean(DevelopmentMode.class).on()).isFalse());
        context.withPropertyValues("dj.dev-mode=false").run(c -> assertThat(c.getBean(DevelopmentMode.class).on()).isFalse());
        context.withPropertyValues("dj.dev-mode=true").run(c -> assertThat(c.getBean(DevelopmentMode.class).on()).isTrue());
    }

    @Test
    void outsideDevelopmentModeADevelopmentOnlySettingIsRefusedWithWhatToDoInstead() {
        assertThatThrownBy(() -> new DevelopmentMode(false).require("dj.x=y (DJ_X)", "does something risky", "unset DJ_X"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("dj.x=y (DJ_X) does something risky and is for development only: unset DJ_X,"
                        + " or DJ_DEV_MODE=true on a development machine");
    }

    @Test
    void inDevelopmentModeADevelopmentOnlySettingIsAllowed() {
        new DevelopmentMode(true).require("dj.x=y (DJ_X)", "does something risky", "unset DJ_X");
    }
}
