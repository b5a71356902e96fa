package org.dangjian.points.dues;

import java.util.Optional;
import org.dangjian.kit.codes.Code;
import org.dangjian.kit.codes.CodeTables;
import org.dangjian.kit.roster.MemberRef;
import org.dangjian.kit.web.problem.ApiException;

/**
 * The dues group follows from the member's occupation (党员工作岗位; issue 18 item 14: no feature asks for the same
 * fact twice): the code-tables kit's occupation table names it in its {@code duesGroup} column. Only when the
 * roster holds no occupation that table knows is the group taken from the administrator's request.
 */
final class OccupationDuesGroup {
    static final String GROUP_REQUIRED = "POINTS_DUES_GROUP_REQUIRED";
    static final String GROUP_CONTRADICTS_OCCUPATION = "POINTS_DUES_GROUP_CONTRADICTS_OCCUPATION";

    private OccupationDuesGroup() {
    }

    /**
     * The group for {@code member}'s base: the occupation's; a requested group that differs is refused, naming
     * {@code group} (the occupation is corrected in the member's record, not overruled here). Without a known
     * occupation, the requested group, which is then required.
     */
    static DuesGroup of(MemberRef member, DuesGroup requested) {
        Optional<Code> occupation = CodeTables.occupations().find(member.occupation());
        Optional<DuesGroup> following = occupation.flatMap(o -> o.attribute("duesGroup")).map(DuesGroup::valueOf);
        if (following.isEmpty()) {
            if (requested == null) {
                throw ApiException.invalidField("group", GROUP_REQUIRED);
            }
            return requested;
        }
        if (requested != null && requested != following.get()) {
            throw ApiException.invalidField("group", GROUP_CONTRADICTS_OCCUPATION, occupation.get().label(),
                    following.get().label(), following.get().name());
        }
        return following.get();
    }
}
