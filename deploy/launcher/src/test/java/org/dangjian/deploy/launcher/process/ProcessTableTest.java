package org.dangjian.deploy.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessTableTest {
    /** A JVM (pid 100) leading its group with the mariadbd it spawned, an unrelated process, a zombie. */
    static final String PS = """
              100   100 300000 Sl
              101   100 200000 Sl
              200   200   1024 Ss
              300   300      0 Z
            """;

    @Test
    void aProcessMemoryIsItsWholeGroups() {
        ProcessTable table = ProcessTable.parse(PS);

        assertThat(table.rssMb(100)).isEqualTo(488);
        assertThat(table.group(100)).containsExactly(100L, 101L);
        assertThat(table.groupOf(101)).isEqualTo(100);
        assertThat(table.group(999)).isEmpty();
        assertThat(table.group(300)).as("a zombie has ended").isEmpty();
    }

    @Test
    void theTableOfThisMachineHoldsThisProcess() {
        ProcessTable table = ProcessTable.snapshot();

        assertThat(table.groupOf(ProcessHandle.current().pid())).isPositive();
        assertThat(table.rssMb(ProcessHandle.current().pid())).isPositive();
    }
}
