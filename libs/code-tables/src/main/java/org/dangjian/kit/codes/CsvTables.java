package org.dangjian.kit.codes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the kit's CSV resources: lines starting with {@code #} are the citation and notes, the first other line
 * the header ({@code code,label,...}), then one entry a line. Values hold no commas; surrounding quotes are
 * dropped (the vendored region files quote their names).
 */
final class CsvTables {
    static final String FOLDER = "/dj-code-tables/";

    private CsvTables() {
    }

    static List<Map<String, String>> rows(String resource) {
        InputStream in = CsvTables.class.getResourceAsStream(FOLDER + resource);
        if (in == null) {
            throw new IllegalStateException("code table resource missing: " + FOLDER + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Map<String, String>> rows = new ArrayList<>();
            String[] header = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (header == null) {
                    header = cells;
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i].trim(), i < cells.length ? unquote(cells[i]) : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table whose columns are {@code code}, {@code label} and any attributes. */
    static CodeTable table(String name, String source, String resource) {
        List<Code> entries = new ArrayList<>();
        for (Map<String, String> row : rows(resource)) {
            Map<String, String> attributes = new LinkedHashMap<>(row);
            String code = attributes.remove("code");
            String label = attributes.remove("label");
            entries.add(new Code(code, label, attributes));
        }
        return new CodeTable(name, source, entries);
    }

    private static String unquote(String cell) {
        String value = cell.trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return value;
    }
}
