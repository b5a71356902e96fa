package org.dangjian.recruitment.outcome;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.dangjian.kit.identity.ResidentIdNumbers;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cases part-way through for the outcome tests: the steps before an approval need evidence, votes, exams and
 * people that other features record, so they are written as the step log writes them (one row per step, the
 * case standing at the last) rather than recorded through the API.
 */
final class OutcomeCases {
    static final String CASES = "/api/recruitment/cases";
    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(500));

    private OutcomeCases() {
    }

    static Map<String, Object> application(long branch, String idNumber, LocalDate applied) {
        Map<String, Object> a = new HashMap<>();
        a.put("name", "王建国");
        a.put("gender", "1");
        a.put("idNumber", idNumber);
        a.put("phone", "13912345678");
        a.put("workUnit", "昆山市玉山镇城北社区居委会");
        a.put("education", "21");
        a.put("ethnicity", "03");
        a.put("applicationDate", applied.toString());
        a.put("orgId", branch);
        return a;
    }

    /** A man's valid ID number, none used twice in a run (one open case per person). */
    static String idNumber() {
        LocalDate born = LocalDate.of(1975, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(8000));
        return ResidentIdNumbers.of(ResidentIdNumbers.KUNSHAN, born, true, SEQUENCE.getAndIncrement() % 500);
    }

    /** Writes national steps (N-numbers) as recorded on the dates given, in order. */
    static void recorded(JdbcTemplate jdbc, long caseId, Map<String, LocalDate> dates) {
        recorded(jdbc, caseId, dates, 1);
    }

    /** As {@link #recorded(JdbcTemplate, long, Map)}, in a confirmation round. */
    static void recorded(JdbcTemplate jdbc, long caseId, Map<String, LocalDate> dates, int round) {
        String path = jdbc.queryForObject("SELECT org_path FROM recruitment_case WHERE id = ?", String.class, caseId);
        String last = null;
        for (Map.Entry<String, LocalDate> step : dates.entrySet()) {
            int position = Integer.parseInt(step.getKey().substring(1)) - 1;
            jdbc.update("INSERT INTO case_step (case_id, step_code, position, org_path, done_on, recorded_by, recorded_at,"
                    + " round_no) VALUES (?, ?, ?, ?, ?, 1, NOW(3), ?)", caseId, step.getKey(), position, path,
                    step.getValue(), round);
            last = step.getKey();
        }
        jdbc.update("UPDATE recruitment_case SET last_step = ?, last_step_on = ? WHERE id = ?", last, dates.get(last),
                caseId);
    }

    /** The national steps N02..N16 up to the admission vote on {@code vote} and the talk a week later. */
    static Map<String, LocalDate> upToTheAdmissionTalk(LocalDate applied, LocalDate vote) {
        Map<String, LocalDate> d = new LinkedHashMap<>();
        for (int n = 2; n <= 14; n++) {
            d.put(String.format("N%02d", n), applied.plusDays(n));
        }
        d.put("N15", vote);
        d.put("N16", vote.plusDays(7));
        return d;
    }

    /** The national steps N18..N23 after the approval, the confirmation vote on {@code vote}. */
    static Map<String, LocalDate> upToTheConfirmationVote(LocalDate approved, LocalDate vote) {
        Map<String, LocalDate> d = new LinkedHashMap<>();
        for (int n = 18; n <= 22; n++) {
            d.put(String.format("N%02d", n), approved.plusDays(n - 17));
        }
        d.put("N23", vote);
        return d;
    }
}
