package org.dangjian.deploy.launcher;

import java.io.PrintStream;

/** What the launcher tells its user: plain lines on stdout, warnings and errors on stderr, colours on a terminal. */
public final class Console {
    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String RESET = "\u001b[0m";

    private final PrintStream out;
    private final PrintStream err;
    private final boolean colours;

    public Console(PrintStream out, PrintStream err, boolean colours) {
        this.out = out;
        this.err = err;
        this.colours = colours;
    }

    /** The launcher's own streams; colours only when a person watches (a terminal, not a log file). */
    public static Console system() {
        return new Console(System.out, System.err, System.console() != null);
    }

    public boolean isTerminal() {
        return colours;
    }

    public void say(String line) {
        out.println(line);
    }

    public void info(String line) {
        out.println(paint(BOLD, "==>") + " " + line);
    }

    public void warn(String line) {
        out.flush();
        err.println(paint(YELLOW, "warning:") + " " + line);
    }

    public void error(String line) {
        out.flush();
        err.println(paint(RED, "error:") + " " + line);
    }

    /** Lines that explain an error (a log's tail): on stderr, beside the error. */
    public void explain(String line) {
        out.flush();
        err.println(line);
    }

    public String green(String text) {
        return paint(GREEN, text);
    }

    public String red(String text) {
        return paint(RED, text);
    }

    private String paint(String colour, String text) {
        return colours ? colour + text + RESET : text;
    }
}
