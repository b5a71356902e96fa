package org.dangjian.transfer.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.dangjian.kit.codes.Regions;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.kit.web.problem.ProblemCodes;
import org.dangjian.transfer.codes.TransferReasons;
import org.springframework.http.HttpStatus;

/**
 * The two ends of a transfer as the request names them, checked against the tree: within the city the
 * destination must be another active branch; outside organisations must be named with the GB/T 2260 region
 * they are in; a member arriving from outside is received by their own branch. The coded reason is checked
 * with them, so that one answer names every field at fault.
 */
record Ends(OrgRef from, OrgRef to) {
    static final String DESTINATION_NOT_FOUND = "TRANSFER_DESTINATION_NOT_FOUND";
    static final String DESTINATION_NOT_A_BRANCH = "TRANSFER_DESTINATION_NOT_A_BRANCH";
    static final String SAME_BRANCH = "TRANSFER_SAME_BRANCH";
    static final String REQUIRED = "TRANSFER_FIELD_REQUIRED";
    static final String NOT_FOR_KIND = "TRANSFER_FIELD_NOT_FOR_KIND";
    static final String RECEIVER_IS_MEMBERS_BRANCH = "TRANSFER_RECEIVER_IS_MEMBERS_BRANCH";
    static final String REGION_UNKNOWN = "TRANSFER_REGION_UNKNOWN";
    static final String REASON_UNKNOWN = "TRANSFER_REASON_UNKNOWN";
    static final String REASON_NOTE_REQUIRED = "TRANSFER_REASON_NOTE_REQUIRED";

    static Ends of(RegisterTransferRequest r, OrgRef memberOrg, LongFunction<Optional<OrgRef>> orgs) {
        List<FieldProblem> problems = new ArrayList<>();
        checkReason(r, problems);
        Ends ends = switch (r.kind()) {
            case IN_CITY -> inCity(r, memberOrg, orgs, problems);
            case OUT_OF_CITY -> {
                require(problems, "externalOrg", r.externalOrg());
                requireRegion(r, problems);
                forbid(problems, "toOrgId", r.toOrgId());
                forbidOutsideLetter(r, problems);
                yield new Ends(memberOrg, null);
            }
            case INTO_CITY -> {
                require(problems, "externalOrg", r.externalOrg());
                requireRegion(r, problems);
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
        forbid(problems, "externalRegion", r.externalRegion());
        forbid(problems, "externalAddress", r.externalAddress());
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

    /** A code of the kit's 组织关系转接原因; 99 其他 says nothing by itself, so it needs the note. */
    private static void checkReason(RegisterTransferRequest r, List<FieldProblem> problems) {
        if (r.reasonCode() == null) {
            return; // @NotBlank has answered already
        }
        if (!TransferReasons.isValid(r.reasonCode())) {
            problems.add(new FieldProblem("reasonCode", REASON_UNKNOWN));
        } else if (TransferReasons.OTHER.equals(r.reasonCode()) && r.reasonNote() == null) {
            problems.add(new FieldProblem("reasonNote", REASON_NOTE_REQUIRED));
        }
    }

    /** The outside organisation's place: a division of GB/T 2260 as the code-tables kit knows it. */
    private static void requireRegion(RegisterTransferRequest r, List<FieldProblem> problems) {
        if (r.externalRegion() == null) {
            problems.add(new FieldProblem("externalRegion", REQUIRED));
        } else if (!Regions.isValid(r.externalRegion())) {
            problems.add(new FieldProblem("externalRegion", REGION_UNKNOWN));
        }
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
