package org.dangjian.learning.exam;

import java.util.Optional;
import java.util.Set;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;

/**
 * Who sits an exam: a member (by member id; a member admitted through recruitment keeps their case id too, so a
 * probationary member's pass reaches their case), or an applicant by their recruitment case ({@code applicant_id}).
 */
record Taker(String key, Long memberId, Long applicantId, String orgPath) {
    static final String TAKERS_ONLY = "LEARNING_TAKERS_ONLY";

    static Taker of(CurrentUser user, Optional<Long> applicantId) {
        if (user.memberId() != null) {
            return new Taker("M" + user.memberId(), user.memberId(), applicantId.orElse(null), user.orgPath());
        }
        if (user.roles().contains(CurrentUser.APPLICANT) && applicantId.isPresent()) {
            return new Taker("A" + applicantId.get(), null, applicantId.get(), user.orgPath());
        }
        throw ApiException.forbidden(TAKERS_ONLY);
    }

    Set<ExamKind> kinds() {
        return memberId != null ? ExamKind.FOR_MEMBERS : ExamKind.FOR_APPLICANTS;
    }
}
