package org.dangjian.kit.excel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One data row of an uploaded sheet as the user typed it: cells trimmed, blank as null, in
 * {@link SheetLayout#columns()} order (an optional column the file lacks is null). The row number is
 * the one Excel shows (the header is row 1), so that problems point at what the user sees.
 */
public record SheetRow(int rowNumber, List<String> cells) {

    public SheetRow {
        cells = Collections.unmodifiableList(new ArrayList<>(cells));
    }

    /** The cell of column {@code index} of the layout. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : null;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(Objects::isNull);
    }
}
