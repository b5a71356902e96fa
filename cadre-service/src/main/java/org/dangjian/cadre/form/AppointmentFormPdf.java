package org.dangjian.cadre.form;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.dangjian.kit.pdf.CjkFonts;
import org.springframework.stereotype.Component;

/**
 * Renders the appointment and removal form (干部任免审批表) on two A4 pages in the layout of the printed form: the
 * person with a box for the photo, education, the posts held, to be taken up and to be left, the record of posts;
 * then rewards and sanctions, the annual assessment, training, the reason, the family, the submitting organisation
 * and the two approvals with their seal spaces. Plain class: unit tests call it without Spring.
 */
@Component
class AppointmentFormPdf {
    private static final float LEFT = 50;
    private static final float WIDTH = 495;
    private static final float SIZE = 10.5f;
    /** Column widths of the first page's grid; the last column holds the photo. */
    private static final float[] COLUMNS = {68, 82, 62, 82, 72, 62, 67};
    private static final float ROW = 40;
    private static final float POST_ROW = 44;
    private static final float BOTTOM = 50;

    AppointmentFormPdf() {
        CjkFonts.requirePresent();
    }

    byte[] render(AppointmentForm form) {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle("干部任免审批表 " + form.name());
            PDFont regular = CjkFonts.regular(doc);
            PDFont bold = CjkFonts.bold(doc);
            PDPage first = new PDPage(PDRectangle.A4);
            doc.addPage(first);
            try (PDPageContentStream content = new PDPageContentStream(doc, first)) {
                firstPage(new FormGrid(content, regular, bold), form);
            }
            PDPage second = new PDPage(PDRectangle.A4);
            doc.addPage(second);
            try (PDPageContentStream content = new PDPageContentStream(doc, second)) {
                secondPage(new FormGrid(content, regular, bold), form);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the appointment form of " + form.name(), e);
        }
    }

    private void firstPage(FormGrid grid, AppointmentForm form) {
        String title = "干部任免审批表";
        grid.words(LEFT + (WIDTH - grid.width(title, 20, true)) / 2, 785, title, 20, true);
        float[] x = columnStarts();
        float top = 760;
        grid.label(x[6], top, COLUMNS[6], 4 * ROW, "照片", SIZE);
        row(grid, x, top, "姓名", form.name(), "性别", form.gender(), "出生年月（岁）", form.birth());
        top -= ROW;
        row(grid, x, top, "民族", "", "籍贯", "", "出生地", "");
        top -= ROW;
        row(grid, x, top, "入党时间", month(form.joined()), "参加工作时间", "", "健康状况", "");
        top -= ROW;
        grid.label(x[0], top, COLUMNS[0], ROW, "专业技术职务", SIZE);
        grid.text(x[1], top, COLUMNS[1] + COLUMNS[2], ROW, "", SIZE);
        grid.label(x[3], top, COLUMNS[3], ROW, "熟悉专业有何专长", SIZE);
        grid.text(x[4], top, COLUMNS[4] + COLUMNS[5], ROW, "", SIZE);
        top -= ROW;
        grid.label(x[0], top, COLUMNS[0], 2 * ROW, "学历学位", SIZE);
        education(grid, x, top, "全日制教育", form.education());
        top -= ROW;
        education(grid, x, top, "在职教育", "");
        top -= ROW;
        for (String[] post : new String[][] {{"现任职务", form.currentPosts()}, {"拟任职务", form.proposed()},
                {"拟免职务", form.removed()}}) {
            grid.label(x[0], top, COLUMNS[0], POST_ROW, post[0], SIZE);
            grid.text(x[1], top, WIDTH - COLUMNS[0], POST_ROW, post[1], SIZE);
            top -= POST_ROW;
        }
        grid.label(x[0], top, COLUMNS[0], top - BOTTOM, "简历", SIZE);
        grid.text(x[1], top, WIDTH - COLUMNS[0], top - BOTTOM, String.join("\n", form.resume()), SIZE);
    }

    private void secondPage(FormGrid grid, AppointmentForm form) {
        float label = COLUMNS[0];
        float value = WIDTH - label;
        float top = 790;
        top = section(grid, top, 70, "奖惩情况", String.join("\n", form.rewards()));
        top = section(grid, top, 60, "年度考核结果", form.assessments());
        top = section(grid, top, 90, "培训情况", String.join("\n", form.training()));
        top = section(grid, top, 70, "任免理由", form.reason());

        float member = 24;
        grid.label(LEFT, top, label, 7 * member, "家庭主要成员及重要社会关系", SIZE);
        float[] family = {60, 70, 50, 70, value - 250};
        String[] heads = {"称谓", "姓名", "年龄", "政治面貌", "工作单位及职务"};
        for (int r = 0; r < 7; r++) {
            float cx = LEFT + label;
            for (int c = 0; c < family.length; c++) {
                if (r == 0) {
                    grid.label(cx, top, family[c], member, heads[c], SIZE);
                } else {
                    grid.text(cx, top, family[c], member, "", SIZE);
                }
                cx += family[c];
            }
            top -= member;
        }

        top = section(grid, top, 70, "呈报单位", (form.submittedBy() == null ? "" : form.submittedBy())
                + "\n（盖章）　　　　年　　月　　日");
        float half = (WIDTH - 2 * label) / 2;
        grid.label(LEFT, top, label, 90, "审批机关意见", SIZE);
        grid.text(LEFT + label, top, half, 90, "\n\n（盖章）　　年　　月　　日", SIZE);
        grid.label(LEFT + label + half, top, label, 90, "行政机关任免意见", SIZE);
        grid.text(LEFT + 2 * label + half, top, half, 90, "\n\n（盖章）　　年　　月　　日", SIZE);
        top -= 90;
        grid.words(LEFT, top - 24, "填表人：", SIZE, false);
        String filled = "填表日期：" + day(form.filledOn());
        grid.words(LEFT + WIDTH - grid.width(filled, SIZE, false), top - 24, filled, SIZE, false);
    }

    private static float section(FormGrid grid, float top, float height, String label, String text) {
        grid.label(LEFT, top, COLUMNS[0], height, label, SIZE);
        grid.text(LEFT + COLUMNS[0], top, WIDTH - COLUMNS[0], height, text, SIZE);
        return top - height;
    }

    private static void row(FormGrid grid, float[] x, float top, String... labelsAndValues) {
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            grid.label(x[i], top, COLUMNS[i], ROW, labelsAndValues[i], SIZE);
            grid.text(x[i + 1], top, COLUMNS[i + 1], ROW, labelsAndValues[i + 1], SIZE);
        }
    }

    private static void education(FormGrid grid, float[] x, float top, String kind, String education) {
        grid.label(x[1], top, COLUMNS[1], ROW, kind, SIZE);
        grid.text(x[2], top, COLUMNS[2] + COLUMNS[3], ROW, education, SIZE);
        grid.label(x[4], top, COLUMNS[4], ROW, "毕业院校系及专业", SIZE);
        grid.text(x[5], top, COLUMNS[5] + COLUMNS[6], ROW, "", SIZE);
    }

    private static float[] columnStarts() {
        float[] x = new float[COLUMNS.length];
        float at = LEFT;
        for (int i = 0; i < COLUMNS.length; i++) {
            x[i] = at;
            at += COLUMNS[i];
        }
        return x;
    }

    /** 2005.07, as the form writes months. */
    static String month(LocalDate day) {
        return day == null ? "" : "%d.%02d".formatted(day.getYear(), day.getMonthValue());
    }

    private static String day(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
