package org.dangjian.transfer.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.kit.web.problem.ProblemCodes;
import org.springframework.http.HttpStatus;

/**
 * The two ends of a transfer as the request names them, checked against the tree: within the city the
 * destination must be another active branch; outside organisations must be named; a member arriving
 * from outside is received by their own branch.
 */
record Ends(OrgRef from, OrgRef to) {
    static final String DESTINATION_NOT_FOUND = "TRANSFER_DESTINATION_NOT_FOUND";
    static final String DESTINATION_NOT_A_BRANCH = "TRANSFER_DESTINATION_NOT_A_BRANCH";
    static final String SAME_BRANCH = "TRANSFER_SAME_BRANCH";
    static final String REQUIRED = "TRANSFER_FIELD_REQUIRED";
    static final String NOT_FOR_KIND = "TRANSFER_FIELD_NOT_FOR_KIND";
    static final String RECEIVER_IS_MEMBERS_BRANCH = "TRANSFER_RECEIVER_IS_MEMBERS_BRANCH";

    static Ends of(RegisterTransferRequest r, OrgRef memberOrg, LongFunction<Optional<OrgRef>> orgs) {
        List<FieldProblem> problems = new ArrayList<>();
        Ends ends = switch (r.kind()) {
            case IN_CITY -> inCity(r, memberOrg, orgs, problems);
            case OUT_OF_CITY -> {
                require(problems, "externalOrg", r.externalOrg());
                forbid(problems, "toOrgId", r.toOrgId());
                forbidOutsideLetter(r, problems);
                yield new Ends(memberOrg, null);
            }
            case INTO_CITY -> {
                require(problems, "externalOrg", r.externalOrg());
                // the member brings the outside organisation's letter: it is recorded, none is printed here
                require(problems, "outsideLetterNumber", r.outsideLetterNumber());
                require(problems, "outsideLetterDate", r.outsideLetterDate());
                require(problems, "outsideLetterIssuer", r.outsideLetterIssuer());
                if (r.toOrgId() != null && r.toOrgId() != memberOrg.orgId()) {
                    problems.add(new FieldProblem("toOrgId", RECEIVER_IS_MEMBERS_BRANCH));
                }
                yield new Ends(null, memberOrg);
            }
        };
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, problems);
        }
        return ends;
    }

    private static Ends inCity(RegisterTransferRequest r, OrgRef memberOrg, LongFunction<Optional<OrgRef>> orgs,
                               List<FieldProblem> problems) {
        forbid(problems, "externalOrg", r.externalOrg());
        forbidOutsideLetter(r, problems);
        if (r.toOrgId() == null) {
            problems.add(new FieldProblem("toOrgId", REQUIRED));
            return null;
        }
        Optional<OrgRef> to = orgs.apply(r.toOrgId());
        if (to.isEmpty()) {
            problems.add(new FieldProblem("toOrgId", DESTINATION_NOT_FOUND));
        } else if (!to.get().holdsMembers() || to.get().dissolved()) {
            problems.add(new FieldProblem("toOrgId", DESTINATION_NOT_A_BRANCH));
        } else if (to.get().orgId() == memberOrg.orgId()) {
            problems.add(new FieldProblem("toOrgId", SAME_BRANCH));
        }
        return new Ends(memberOrg, to.orElse(null));
    }

    private static void forbidOutsideLetter(RegisterTransferRequest r, List<FieldProblem> problems) {
        forbid(problems, "outsideLetterNumber", r.outsideLetterNumber());
        forbid(problems, "outsideLetterDate", r.outsideLetterDate());
        forbid(problems, "outsideLetterIssuer", r.outsideLetterIssuer());
    }

    private static void require(List<FieldProblem> problems, String field, Object value) {
        if (value == null) {
            problems.add(new FieldProblem(field, REQUIRED));
        }
    }

    private static void forbid(List<FieldProblem> problems, String field, Object value) {
        if (value != null) {
            problems.add(new FieldProblem(field, NOT_FOR_KIND));
        }
    }
}
