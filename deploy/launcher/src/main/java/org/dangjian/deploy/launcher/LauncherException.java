package org.dangjian.deploy.launcher;

/** Something the user can act on: printed as one {@code error:} line, and the launcher exits with 1. */
public class LauncherException extends RuntimeException {
    public LauncherException(String message) {
        super(message);
    }
}
