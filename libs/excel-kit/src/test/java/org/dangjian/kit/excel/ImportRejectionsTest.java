package org.dangjian.kit.excel;

import static org.assertj.core.api.Assertions.assertThat;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dangjian.kit.web.problem.ProblemFactory;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

class ImportRejectionsTest {
    final SheetLayout layout = XlsxSheetReaderTest.LAYOUT;
    final ImportRejections rejections = new ImportRejections(new ProblemFactory(messages()));
    final ImportRejectedException rejected = new ImportRejectedException(XlsxSheetReaderTest.CODES,
            List.of(new RowProblem(2, "编码", "X_CODE_BAD", "A?"), new RowProblem(2, "名称", "X_NAME_MISSING"),
                    new RowProblem(4, "编码", "X_CODE_BAD", "B?")),
            List.of(new SheetRow(2, List.of("A?", "")), new SheetRow(3, List.of("OK", "好")),
                    new SheetRow(4, List.of("B?", "乙"))));

    @Test
    void problemDetailsListEveryProblemWithItsRowColumnAndMessage() {
        ResponseEntity<?> answer = rejections.answer(rejected, "application/json", new MockHttpServletRequest("POST", "/x"),
                layout, "错误.xlsx");
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        ProblemDetail problem = (ProblemDetail) answer.getBody();
        assertThat(problem.getTitle()).isEqualTo("有 2 行错误");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) problem.getProperties().get("rows");
        assertThat(rows).extracting(r -> r.get("row")).containsExactly(2, 2, 4);
        assertThat(rows.get(0)).containsEntry("column", "编码").containsEntry("code", "X_CODE_BAD")
                .containsEntry("message", "编码“A?”无效");
    }

    @Test
    void aClientAskingForAWorkbookGetsTheRowsBackWithAnErrorColumn() {
        ResponseEntity<?> answer = rejections.answer(rejected,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new MockHttpServletRequest(), layout,
                "错误.xlsx");
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentDisposition().getFilename()).isEqualTo("错误.xlsx");
        List<Map<Integer, String>> sheet = FastExcel.read(new ByteArrayInputStream((byte[]) answer.getBody()))
                .sheet(0).headRowNumber(0).doReadSync();
        assertThat(sheet.get(0).values()).containsExactly("编码", "名称", "简称", "排序", "错误原因");
        assertThat(sheet.get(1).get(4)).isEqualTo("编码：编码“A?”无效；名称：请填写名称");
        assertThat(sheet.get(2).get(0)).isEqualTo("OK");
        assertThat(sheet.get(2).get(4)).isNull();
        assertThat(sheet).hasSize(4);
    }

    @Test
    void onlyTheXlsxMediaTypeAsksForAWorkbook() {
        assertThat(Downloads.wantsXlsx(null)).isFalse();
        assertThat(Downloads.wantsXlsx("*/*")).isFalse();
        assertThat(Downloads.wantsXlsx("application/json, " + Downloads.XLSX_VALUE + ";q=0.9")).isTrue();
        assertThat(Downloads.attachment("党员.xlsx")).contains("filename*=UTF-8''%E5%85%9A%E5%91%98.xlsx");
    }

    private static StaticMessageSource messages() {
        StaticMessageSource m = new StaticMessageSource();
        m.setUseCodeAsDefaultMessage(false);
        m.addMessage("X_IMPORT_REJECTED", Locale.getDefault(), "有 {0} 行错误");
        m.addMessage("X_CODE_BAD", Locale.getDefault(), "编码“{0}”无效");
        m.addMessage("X_NAME_MISSING", Locale.getDefault(), "请填写名称");
        return m;
    }
}
