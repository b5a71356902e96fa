package org.dangjian.recruitment.cases;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.stereotype.Component;

/** Cases and their steps as the caller may see them: a case outside the caller's scope is not found. */
@Component
public class Cases {
    public static final String NOT_FOUND = "RECRUITMENT_CASE_NOT_FOUND";
    private final RecruitmentCaseMapper cases;
    private final CaseStepMapper steps;

    Cases(RecruitmentCaseMapper cases, CaseStepMapper steps) {
        this.cases = cases;
        this.steps = steps;
    }

    public RecruitmentCase inScope(long id) {
        RecruitmentCase c = cases.selectById(id);
        if (c == null) {
            throw ApiException.notFound(NOT_FOUND);
        }
        return c;
    }

    /** The steps recorded, in the catalogue's order; of the confirmation steps, the current round's only. */
    public List<CaseStep> steps(long caseId) {
        return steps.selectList(Wrappers.<CaseStep>lambdaQuery().eq(CaseStep::getCaseId, caseId)
                .eq(CaseStep::getSuperseded, false).orderByAsc(CaseStep::getPosition));
    }

    /** The date of each step recorded, by step code, in the catalogue's order. */
    public static Map<String, LocalDate> dates(List<CaseStep> recorded) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        recorded.forEach(s -> dates.put(s.getStepCode(), s.getDoneOn()));
        return dates;
    }
}
