package org.dangjian.deploy.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Exit codes scripts rely on: 0 done, 1 an error, 2 no command. */
class PlatformCommandTest {

    @Test
    void noCommandPrintsTheUsageAndExitsWith2() {
        assertThat(PlatformCommand.run()).isEqualTo(2);
    }

    @Test
    void helpExitsWith0() {
        assertThat(PlatformCommand.run("help")).isZero();
        assertThat(PlatformCommand.run("--help")).isZero();
    }

    @Test
    void anUnknownCommandOrAMissingNameIsAnErrorExitingWith1() {
        assertThat(PlatformCommand.run("upp")).isEqualTo(1);
        assertThat(PlatformCommand.run("stop")).isEqualTo(1);
        assertThat(PlatformCommand.run("logs", "-n", "many", "gateway")).isEqualTo(1);
    }
}
