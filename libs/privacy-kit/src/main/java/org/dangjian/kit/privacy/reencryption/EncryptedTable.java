package org.dangjian.kit.privacy.reencryption;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A table of the service with columns encrypted by crypto-kit's {@code FieldCipher}, declared as a bean so that
 * the re-encryption job knows what to move: {@code new EncryptedTable("member", "id", List.of("id_number_enc",
 * "phone_enc"))}. The id column is a unique key the job walks in order: a number, or text ({@link #textKeyed},
 * such as org-service's signing keys by key id).
 */
public record EncryptedTable(String table, String idColumn, List<String> columns, boolean textKey) {
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    public EncryptedTable(String table, String idColumn, List<String> columns) {
        this(table, idColumn, columns, false);
    }

    public static EncryptedTable textKeyed(String table, String idColumn, List<String> columns) {
        return new EncryptedTable(table, idColumn, columns, true);
    }

    /** Where a walk starts: before every key. */
    String firstKey() {
        return textKey ? "" : "0";
    }

    /** The stored last key as the id column compares. */
    Object key(String stored) {
        return textKey ? stored : Long.valueOf(stored);
    }

    public EncryptedTable {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException(table + ": no encrypted columns named");
        }
        for (String name : concat(table, idColumn, columns)) {
            if (name == null || !IDENTIFIER.matcher(name).matches()) {
                throw new IllegalArgumentException("not a plain SQL identifier: " + name);
            }
        }
    }

    private static List<String> concat(String table, String idColumn, List<String> columns) {
        List<String> all = new java.util.ArrayList<>(columns);
        all.add(table);
        all.add(idColumn);
        return all;
    }
}
