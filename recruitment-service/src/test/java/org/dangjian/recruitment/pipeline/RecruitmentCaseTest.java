package org.dangjian.recruitment.pipeline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.dangjian.kit.identity.ResidentIdNumbers;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.recruitment.catalogue.Catalogues;
import org.dangjian.recruitment.catalogue.StepDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Cases opened and recorded through the API, as CaseTest does; and, for steps the platform cannot record yet
 * (votes, people, evidence), a case carried further by writing its step rows directly, as an import would.
 */
@TestPropertySource(properties = "dj.recruitment.deadline-cron=-")
public abstract class RecruitmentCaseTest extends TreeApiTest {
    protected static final String CASES = "/api/recruitment/cases";
    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(500));
    @Autowired
    protected Catalogues catalogues;

    /** A case in {@code branch} applied on {@code applied}, opened by the branch's administrator. */
    protected long open(long branch, String token, String name, LocalDate applied) {
        LocalDate born = LocalDate.of(1975, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(8000));
        Map<String, Object> a = new HashMap<>();
        a.put("name", name);
        a.put("gender", "1");
        a.put("idNumber", ResidentIdNumbers.of(ResidentIdNumbers.KUNSHAN, born, true, SEQUENCE.getAndIncrement() % 500));
        a.put("phone", "13912345678");
        a.put("workUnit", "昆山市玉山镇城北社区居委会");
        a.put("education", "21");
        a.put("ethnicity", "01");
        a.put("applicationDate", applied.toString());
        a.put("orgId", branch);
        return ok(post(token, CASES, a)).get("id").asLong();
    }

    protected void record(String token, long id, String code, LocalDate date, Map<String, Object> fields) {
        ok(post(token, CASES + "/" + id + "/steps/" + code, Map.of("date", date.toString(), "fields", fields)));
    }

    /** Writes the steps N02.. up to and including {@code last} as done on the dates given, in order. */
    protected void carriedTo(long id, Map<String, LocalDate> dates) {
        List<StepDefinition> steps = catalogues.version(1).steps();
        String path = jdbc.queryForObject("SELECT org_path FROM recruitment_case WHERE id = ?", String.class, id);
        StepDefinition last = null;
        for (int i = 0; i < steps.size(); i++) {
            StepDefinition s = steps.get(i);
            if (dates.containsKey(s.code())) {
                jdbc.update("INSERT INTO case_step (case_id, step_code, position, org_path, done_on, recorded_by, recorded_at)"
                        + " VALUES (?, ?, ?, ?, ?, 1, NOW(3))", id, s.code(), i, path, dates.get(s.code()));
                last = s;
            }
        }
        if (last != null) {
            jdbc.update("UPDATE recruitment_case SET stage = ?, last_step = ?, last_step_on = ? WHERE id = ?", last.stage(),
                    last.code(), dates.get(last.code()), id);
        }
    }
}
