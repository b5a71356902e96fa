package org.dangjian.kit.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dangjian.kit.web.problem.ApiException;
import org.junit.jupiter.api.Test;

class XlsxSheetReaderTest {
    static final SheetLayout LAYOUT = new SheetLayout("人员", List.of("编码", "名称"), List.of("简称", "排序"));
    static final ImportCodes CODES = new ImportCodes("X_IMPORT");

    @Test
    void readsRequiredColumnsInOrderAndOptionalOnesWhereverTheyStand() throws Exception {
        byte[] file = xlsx(List.of("编码", "名称", "排序", "无关", "简称"), List.of(
                row(" A1 ", "甲\u3000", "3", "x", "简甲"),
                row(null, null, null, null, null),
                row("A2", "乙", null, null, null)));
        List<SheetRow> rows = read(file, 10);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).rowNumber()).isEqualTo(2);
        assertThat(rows.get(0).cells()).containsExactly("A1", "甲", "简甲", "3");
        assertThat(rows.get(1).rowNumber()).isEqualTo(4);
        assertThat(rows.get(1).cells()).containsExactly("A2", "乙", null, null);
    }

    @Test
    void optionalColumnsMayBeMissing() throws Exception {
        List<SheetRow> rows = read(xlsx(List.of("编码", "名称"), List.of(row("A1", "甲"))), 10);
        assertThat(rows.get(0).cells()).containsExactly("A1", "甲", null, null);
    }

    @Test
    void aHeaderOutOfOrderIsRefusedNamingTheRequiredColumns() {
        assertThatThrownBy(() -> read(xlsx(List.of("名称", "编码"), List.of(row("甲", "A1"))), 10))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("X_IMPORT_HEADER_INVALID");
                    assertThat(e.args()).containsExactly("编码、名称");
                });
    }

    @Test
    void somethingThatIsNotAWorkbookIsRefusedBeforeParsing() {
        assertThatThrownBy(() -> XlsxSheetReader.read(new ByteArrayInputStream("编码,名称\nA,B".getBytes()), LAYOUT, 10, CODES))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("X_IMPORT_NOT_XLSX"));
        byte[] zipButNotXlsx = {'P', 'K', 3, 4, 0, 0, 0, 0};
        assertThatThrownBy(() -> XlsxSheetReader.read(new ByteArrayInputStream(zipButNotXlsx), LAYOUT, 10, CODES))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("X_IMPORT_NOT_XLSX"));
    }

    @Test
    void theRowCapAndAnEmptyFileAreRefused() {
        assertThatThrownBy(() -> read(xlsx(List.of("编码", "名称"), List.of(row("A", "1"), row("B", "2"), row("C", "3"))), 2))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("X_IMPORT_TOO_MANY_ROWS");
                    assertThat(e.args()).containsExactly(2);
                });
        assertThatThrownBy(() -> read(xlsx(List.of("编码", "名称"), List.of()), 2))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("X_IMPORT_EMPTY"));
    }

    @Test
    void dateCellsArriveAsText() throws Exception {
        // What an administrator's Excel makes of a typed date: a number formatted as a date.
        byte[] file = xlsx(List.of("编码", "名称"), List.of(row("A1", java.time.LocalDate.of(2021, 7, 1))));
        String cell = read(file, 10).get(0).cell(1);
        assertThat(cell).startsWith("2021-07-01");
    }

    static List<SheetRow> read(byte[] file, int max) throws Exception {
        return XlsxSheetReader.read(new ByteArrayInputStream(file), LAYOUT, max, CODES);
    }

    static byte[] xlsx(List<String> header, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).sheet("s").head(header.stream().map(List::of).toList()).doWrite(rows);
        return out.toByteArray();
    }

    static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }
}
