package org.dangjian.recruitment.cases;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.recruitment.catalogue.Performer;
import org.springframework.stereotype.Component;

/**
 * Who records a step: the administrator of the organisation that performs it, relative to the case's branch.
 * BRANCH: the branch's administrators or those above it. SUPERIOR_COMMITTEE and APPROVING_COMMITTEE:
 * administrators of a committee (党委, 党工委) above the branch, the city's included; a general branch (党总支) is
 * not a committee. Which committees hold the power to approve admissions is not known to the organisation tree
 * yet, so the approving committee is any committee above the branch for now. ORG_DEPARTMENT: the city level
 * (the administrators of the tree's root).
 */
@Component
public class Performers {
    static final Set<String> COMMITTEES = Set.of("COMMITTEE", "WORKING_COMMITTEE");
    private final OrgDirectory orgs;

    Performers(OrgDirectory orgs) {
        this.orgs = orgs;
    }

    public boolean mayRecord(Performer performer, OrgRef branch, CurrentUser caller) {
        if (!caller.isAdministrator() || !caller.covers(branch.path())) {
            return false;
        }
        if (caller.isCityAdmin()) {
            return true;
        }
        List<Long> above = branch.ancestorIds();
        return switch (performer) {
            case BRANCH -> true;
            case SUPERIOR_COMMITTEE, APPROVING_COMMITTEE -> caller.orgId() != null && above.contains(caller.orgId())
                    && committees(above).stream().anyMatch(o -> o.orgId() == caller.orgId());
            case ORG_DEPARTMENT -> caller.orgId() != null && !above.isEmpty() && above.get(0).equals(caller.orgId());
        };
    }

    /** The organisation that performs the step for this branch: for a committee's step, the nearest committee above. */
    public OrgRef actingOrg(Performer performer, OrgRef branch) {
        return actingOrg(performer, branch, orgs.findAll(branch.ancestorIds()));
    }

    /**
     * The same from organisations already read ({@code known} holds the branch's ancestors), so that a run over many
     * cases reads the tree once instead of once per case.
     */
    public static OrgRef actingOrg(Performer performer, OrgRef branch, Map<Long, OrgRef> known) {
        List<Long> above = branch.ancestorIds();
        return switch (performer) {
            case BRANCH -> branch;
            case SUPERIOR_COMMITTEE, APPROVING_COMMITTEE -> above.stream().map(known::get)
                    .filter(o -> o != null && COMMITTEES.contains(o.type()))
                    .max(Comparator.comparingInt(o -> above.indexOf(o.orgId()))).orElse(null);
            case ORG_DEPARTMENT -> above.isEmpty() ? null : known.get(above.get(0));
        };
    }

    private List<OrgRef> committees(List<Long> ids) {
        Map<Long, OrgRef> found = orgs.findAll(ids);
        return found.values().stream().filter(o -> COMMITTEES.contains(o.type())).toList();
    }
}
