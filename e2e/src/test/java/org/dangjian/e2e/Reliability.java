package org.dangjian.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * The reliability suite's one summary (issue 17): each part records what it counted, one line per fault, and when the
 * run ends the lines are printed together and written to {@code target/reliability-summary.txt}. A listener, not a
 * test: it adds nothing to prove, it gathers what the parts proved (registered in
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}).
 */
public final class Reliability implements TestExecutionListener {
    private static final Map<String, String> LINES = new LinkedHashMap<>();

    /** What this part counted, in words a reader of the CI log understands without the test open. */
    static synchronized void record(String part, String counted) {
        LINES.put(part, counted);
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        String summary;
        synchronized (Reliability.class) {
            if (LINES.isEmpty()) {
                return;
            }
            StringBuilder out = new StringBuilder("Reliability suite summary (").append(LINES.size()).append(" parts):\n");
            LINES.forEach((part, counted) -> out.append("  ").append(part).append(": ").append(counted).append('\n'));
            summary = out.toString();
        }
        System.out.print(summary);
        try {
            Files.writeString(Path.of("target", "reliability-summary.txt"), summary);
        } catch (IOException e) {
            System.out.println("(the summary could not be written to target/: " + e + ")");
        }
    }
}
