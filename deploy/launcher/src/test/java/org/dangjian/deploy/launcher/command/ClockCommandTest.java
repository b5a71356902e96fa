package org.dangjian.deploy.launcher.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.dangjian.deploy.launcher.LauncherException;
import org.junit.jupiter.api.Test;

class ClockCommandTest {

    @Test
    void anOffsetIsWrittenInIsoOrShort() {
        assertThat(ClockCommand.parse("P400D")).isEqualTo(Duration.ofDays(400));
        assertThat(ClockCommand.parse("400d")).isEqualTo(Duration.ofDays(400));
        assertThat(ClockCommand.parse("10h")).isEqualTo(Duration.ofHours(10));
        assertThat(ClockCommand.parse("pt10h")).isEqualTo(Duration.ofHours(10));
    }

    @Test
    void theClockMovesForwardOnly() {
        assertThatThrownBy(() -> ClockCommand.parse("-P3D")).isInstanceOf(LauncherException.class)
                .hasMessageStartingWith("the clock moves forward only");
    }

    @Test
    void somethingElseIsRefusedWithTheFormsThatWork() {
        assertThatThrownBy(() -> ClockCommand.parse("3 months")).isInstanceOf(LauncherException.class)
                .hasMessage("'3 months' is not an offset: write P400D or 400d (days), PT10H or 10h (hours), or reset");
    }
}
