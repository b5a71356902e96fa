package org.dangjian.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * People part-way through member development, as a city going live brings them in: one workbook of cases through
 * recruitment-service's import, every stage from the written application to the superior committee's talk before
 * approval, each path dated within the national time rules (20 days for each 5-working-day notice, so that a holiday
 * block never shortens one). Cases stop before the approvals, which admit people into member-service and so are
 * recorded one by one through the API, not imported.
 */
final class DemoRecruitment {
    /** Days after the application each national step N01..N16 is done on a demo path. */
    static final int[] PATH = {0, 15, 95, 115, 117, 120, 470, 490, 492, 495, 500, 505, 510, 515, 520, 540};
    /** One branch in this many has people in development. */
    static final int EVERY = 8;

    private final Random random;
    private final People people;
    private final LocalDate today;

    DemoRecruitment(Random random, People people, LocalDate today) {
        this.random = random;
        this.people = people;
        this.today = today;
    }

    /** The import's rows, by its template's header: a few people in each branch chosen, at every stage. */
    List<List<Object>> rows(List<OrgRow> branches, List<String> header) {
        List<List<Object>> rows = new ArrayList<>();
        for (int b = 0; b < branches.size(); b += EVERY) {
            int count = 1 + random.nextInt(3);
            for (int k = 0; k < count; k++) {
                int reached = 1 + random.nextInt(PATH.length);
                // the last step reached was done between 3 days and two months ago
                LocalDate applied = today.minusDays(PATH[reached - 1] + 3 + random.nextInt(60));
                rows.add(row(header, people.applicant(branches.get(b), applied), applied, reached));
            }
        }
        return rows;
    }

    private static List<Object> row(List<String> header, MemberRow person, LocalDate applied, int reached) {
        Map<String, Object> cells = new LinkedHashMap<>();
        cells.put("姓名", person.name());
        cells.put("性别", person.gender());
        cells.put("民族", person.ethnicity());
        cells.put("公民身份号码", person.idNumber());
        cells.put("手机号码", person.phone());
        cells.put("学历", person.education());
        cells.put("申请支部编码", person.orgCode());
        cells.put("工作单位", person.workUnit());
        for (int i = 0; i < reached; i++) {
            String code = String.format("N%02d ", i + 1);
            int step = i;
            header.stream().filter(h -> h.startsWith(code)).findFirst()
                    .ifPresent(column -> cells.put(column, applied.plusDays(PATH[step]).toString()));
        }
        List<Object> row = new ArrayList<>(Arrays.asList(new Object[header.size()]));
        cells.forEach((column, value) -> {
            int at = header.indexOf(column);
            if (at >= 0) {
                row.set(at, value);
            }
        });
        row.replaceAll(c -> c == null ? "" : c);
        return row;
    }
}
