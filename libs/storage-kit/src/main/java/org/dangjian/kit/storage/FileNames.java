package org.dangjian.kit.storage;

/**
 * The name an uploaded file is offered back under: only its last part (browsers on Windows send whole paths),
 * without control characters, at most {@value #MAX} characters. The name is never used to store the file.
 */
public final class FileNames {
    public static final int MAX = 120;
    public static final String UNNAMED = "attachment";

    private FileNames() {
    }

    public static String clean(String uploaded) {
        if (uploaded == null) {
            return UNNAMED;
        }
        String name = uploaded.substring(Math.max(uploaded.lastIndexOf('/'), uploaded.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return UNNAMED;
        }
        return name.length() <= MAX ? name : name.substring(name.length() - MAX);
    }
}
