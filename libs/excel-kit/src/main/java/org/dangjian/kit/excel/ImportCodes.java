package org.dangjian.kit.excel;

/**
 * The message codes of one service's import, all sharing a prefix ({@code ORG_IMPORT},
 * {@code MEMBER_IMPORT}): each service words its own messages in its own {@code problems*.properties}.
 * It must define {@code <prefix>_REJECTED} ({0}: number of bad rows), {@code _FILE_MISSING},
 * {@code _FILE_TOO_LARGE} ({0}: MB), {@code _NOT_XLSX}, {@code _HEADER_INVALID} ({0}: the required
 * columns), {@code _EMPTY} and {@code _TOO_MANY_ROWS} ({0}: the cap).
 */
public record ImportCodes(String prefix) {
    public String rejected() {
        return prefix + "_REJECTED";
    }

    public String fileMissing() {
        return prefix + "_FILE_MISSING";
    }

    public String fileTooLarge() {
        return prefix + "_FILE_TOO_LARGE";
    }

    public String notXlsx() {
        return prefix + "_NOT_XLSX";
    }

    public String headerInvalid() {
        return prefix + "_HEADER_INVALID";
    }

    public String empty() {
        return prefix + "_EMPTY";
    }

    public String tooManyRows() {
        return prefix + "_TOO_MANY_ROWS";
    }
}
