package org.dangjian.deploy.launcher.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuildTest {
    /** up builds while the launcher runs from its jar: rewriting that jar would take classes from under it. */
    @Test
    void theBuildThatUpRunsLeavesTheRunningLauncherOut() {
        assertThat(Build.COMMAND).containsSubsequence("install", "-pl", "!deploy/launcher");
    }
}
