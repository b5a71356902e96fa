package org.dangjian.cadre.analytics;

import cn.idev.excel.ExcelWriter;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dangjian.cadre.analytics.CadreAnalyticsView.Count;
import org.dangjian.cadre.analytics.CadreAnalyticsView.Pipeline;
import org.dangjian.cadre.analytics.CadreAnalyticsView.Turnover;
import org.dangjian.kit.excel.Workbooks;

/**
 * The analysis as a workbook (干部队伍分析.xlsx): the figures, one per line under its heading, then the lists they
 * count — every post held and every reserve entry — so that a figure can be checked against its people in Excel.
 */
final class AnalyticsWorkbook {
    static final List<String> FIGURES = List.of("指标", "分类", "数值");
    static final List<String> PEOPLE = List.of("姓名", "性别", "年龄", "学历", "组织", "职务", "任职日期");
    static final List<String> RESERVES = List.of("姓名", "性别", "年龄", "学历", "组织", "后备职务", "列入日期");

    private AnalyticsWorkbook() {
    }

    static void write(OutputStream out, CadreAnalyticsView view, List<FigureRow> posts, List<FigureRow> reserves) {
        try (ExcelWriter writer = Workbooks.open(out)) {
            writer.write(figures(view), Workbooks.sheet(0, "统计", FIGURES));
            writer.write(people(posts), Workbooks.sheet(1, "在任干部", PEOPLE));
            writer.write(people(reserves), Workbooks.sheet(2, "后备干部", RESERVES));
        }
    }

    private static List<List<Object>> figures(CadreAnalyticsView v) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("统计范围", v.orgName(), v.quarter() != null ? v.quarter() + "（" + v.asOf() + "）" : v.asOf().toString()));
        rows.add(row("在任干部", "人数", v.cadres()));
        rows.add(row("平均年龄", "岁", v.averageAge()));
        counts(rows, "年龄结构", v.ageBands());
        counts(rows, "学历", v.education());
        counts(rows, "性别", v.gender());
        counts(rows, "书记任职年限", v.secretaryTenure());
        rows.add(row("有现任书记的组织", "个", v.secretaries()));
        rows.add(row("书记空缺的组织", "个", v.vacancies()));
        rows.add(row("一肩挑", "人数", v.secretariesAlsoDirectors()));
        rows.add(row("一肩挑", "占书记比例（%）", v.oneShoulderShare()));
        rows.add(row("大学生村官", "人数", v.graduateOfficials()));
        for (Pipeline p : v.reservePipeline()) {
            String position = p.position().label();
            rows.add(row("后备梯队：" + position, "在任人数", p.holders()));
            rows.add(row("后备梯队：" + position, "后备人数", p.reserves()));
            rows.add(row("后备梯队：" + position, "每岗后备数", p.reservesPerPost()));
            rows.add(row("后备梯队：" + position, "后备平均年龄", p.reservesAverageAge()));
        }
        for (Turnover t : v.turnover()) {
            rows.add(row("任职和离任：" + t.year() + "年", "任职人次", t.started()));
            rows.add(row("任职和离任：" + t.year() + "年", "离任人次", t.ended()));
        }
        return rows;
    }

    private static void counts(List<List<Object>> rows, String figure, List<Count> counts) {
        counts.forEach(c -> rows.add(row(figure, c.label(), c.count())));
    }

    private static List<List<Object>> people(List<FigureRow> lines) {
        return lines.stream().map(r -> row(r.name(), r.gender() == null ? null : "MALE".equals(r.gender()) ? "男" : "女",
                r.age(), r.educationLabel(), r.orgName(), r.position().label(),
                r.date() == null ? null : r.date().toString())).toList();
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
