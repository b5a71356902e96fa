package org.dangjian.recruitment.cases;

import java.util.Optional;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.stereotype.Component;

/**
 * The caller's own case, named by the applicant id in their token. The data scope lets an applicant read the rows of
 * their own case (recruitment_case.id, case_step.case_id: {@code applicantColumn}) and nothing else; only the
 * applicant's view of it leaves. A member admitted through recruitment has no APPLICANT role, so finds none.
 */
@Component
class MyCase {
    static final String NO_CASE = "RECRUITMENT_NO_OWN_CASE";
    private final CaseQuery query;

    MyCase(CaseQuery query) {
        this.query = query;
    }

    MyCaseView of(CurrentUser caller, Optional<Long> applicantId) {
        long id = applicantId.orElseThrow(() -> ApiException.notFound(NO_CASE));
        if (!caller.roles().contains(CurrentUser.APPLICANT)) {
            throw ApiException.notFound(NO_CASE);
        }
        return MyCaseView.of(query.one(id));
    }
}
