package org.dangjian.deploy.launcher.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dangjian.deploy.launcher.LauncherException;

/**
 * One look at the machine's processes ({@code ps}): which belong to a process group, and their resident
 * memory. Each JVM the launcher starts leads its own group, which also holds what it spawned (mariadbd,
 * redis-server), so a group is one platform process with all its parts.
 */
public final class ProcessTable {
    record Row(long pid, long pgid, long rssKb) {
    }

    private final List<Row> rows;

    ProcessTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public static ProcessTable snapshot() {
        try {
            Process ps = new ProcessBuilder("ps", "-e", "-o", "pid=", "-o", "pgid=", "-o", "rss=", "-o", "stat=")
                    .redirectErrorStream(true).start();
            String out = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!ps.waitFor(10, TimeUnit.SECONDS) || ps.exitValue() != 0) {
                throw new LauncherException("'ps -e -o pid= -o pgid= -o rss= -o stat=' failed: " + out.strip());
            }
            return parse(out);
        } catch (IOException e) {
            throw new LauncherException("'ps' is needed but could not be run (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while reading the process table"));
        }
    }

    static ProcessTable parse(String psOutput) {
        List<Row> rows = new ArrayList<>();
        for (String line : psOutput.split("\n")) {
            String[] f = line.trim().split("\\s+");
            // a zombie (stat Z) has ended already: only its parent's wait is missing
            boolean ended = f.length >= 4 && f[3].startsWith("Z");
            if (f.length >= 3 && f[0].matches("\\d+") && f[1].matches("\\d+") && f[2].matches("\\d+") && !ended) {
                rows.add(new Row(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2])));
            }
        }
        return new ProcessTable(rows);
    }

    /** The processes of a group (none when the group is gone). */
    public List<Long> group(long pgid) {
        return rows.stream().filter(r -> r.pgid() == pgid).map(Row::pid).toList();
    }

    public long groupOf(long pid) {
        return rows.stream().filter(r -> r.pid() == pid).mapToLong(Row::pgid).findFirst().orElse(-1);
    }

    /** Resident memory of a process and everything in the group it leads, in MB. */
    public long rssMb(long pid) {
        long kb = rows.stream().filter(r -> r.pgid() == pid).mapToLong(Row::rssKb).sum();
        if (kb == 0) {
            kb = rows.stream().filter(r -> r.pid() == pid).mapToLong(Row::rssKb).sum();
        }
        return (kb + 512) / 1024;
    }
}
