package org.dangjian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The demo's cases part-way through must pass recruitment-service's import, or `./platform demo` stops there. */
class DemoRecruitmentTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final List<String> HEADER = header();

    @Test
    void everyDemoPathKeepsTheNationalTimeRules() {
        int[] p = DemoRecruitment.PATH;
        for (int i = 1; i < p.length; i++) {
            assertThat(p[i]).as("N%02d not before the step before it", i + 1).isGreaterThanOrEqualTo(p[i - 1]);
        }
        assertThat(p[2] - p[0]).as("activist at least 3 months after the application").isGreaterThanOrEqualTo(92);
        assertThat(p[6] - p[2]).as("candidate at least a year after the activist").isGreaterThanOrEqualTo(366);
        for (int[] notice : new int[][] {{2, 3}, {6, 7}, {14, 15}}) {
            assertThat(p[notice[1]] - p[notice[0]]).as("5 working days even across a holiday block").isGreaterThanOrEqualTo(20);
        }
        assertThat(p[14] - p[9]).as("the branch meeting within a year of the political review").isLessThanOrEqualTo(365);
    }

    @Test
    void casesReachEveryStageUpToTheApprovalEachDatedUpToASteppedPathNoneInTheFuture() {
        List<OrgRow> branches = KunshanTree.generate(new Random(7)).stream().filter(OrgRow::holdsMembers).toList();
        List<List<Object>> rows = new DemoRecruitment(new Random(7), new People(new Random(7), TODAY), TODAY)
                .rows(branches, HEADER);

        assertThat(rows).hasSizeGreaterThan(branches.size() / DemoRecruitment.EVERY);
        List<Integer> reached = new ArrayList<>();
        for (List<Object> row : rows) {
            List<LocalDate> dates = IntStream.range(0, DemoRecruitment.PATH.length)
                    .mapToObj(i -> row.get(HEADER.indexOf(column(i)))).filter(v -> !"".equals(v))
                    .map(v -> LocalDate.parse((String) v)).toList();
            reached.add(dates.size());
            assertThat(dates.get(dates.size() - 1)).isBefore(TODAY);
            LocalDate applied = dates.get(0);
            for (int i = 0; i < dates.size(); i++) {
                assertThat(ChronoUnit.DAYS.between(applied, dates.get(i))).isEqualTo(DemoRecruitment.PATH[i]);
            }
        }
        assertThat(reached).as("every stage").containsAll(IntStream.rangeClosed(1, DemoRecruitment.PATH.length).boxed().toList());
    }

    private static String column(int step) {
        return String.format("N%02d 步骤", step + 1);
    }

    private static List<String> header() {
        List<String> h = new ArrayList<>(List.of("姓名", "性别", "公民身份号码", "手机号码", "学历", "申请支部编码", column(0),
                "工作单位", "民族"));
        IntStream.range(1, 25).forEach(i -> h.add(column(i)));
        return h;
    }
}
