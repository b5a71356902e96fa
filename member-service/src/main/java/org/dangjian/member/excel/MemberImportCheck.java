package org.dangjian.member.excel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dangjian.kit.excel.ImportRejectedException;
import org.dangjian.kit.excel.RowProblem;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.member.record.IdNumberOwners;
import org.dangjian.kit.identity.ResidentIdNumbers;
import org.dangjian.member.record.MemberDraft;

/**
 * The checks of a whole file that need more than one row: ID numbers repeated within the file or
 * already on record, and the organisation each row names. Plain code: the caller looks up what exists
 * (once for the whole file), this decides. Reports every problem of every row, or returns the members
 * to insert.
 */
final class MemberImportCheck {
    private final Set<String> idNumbersOnRecord;
    private final Set<String> heldElsewhere;
    private final Map<String, OrgRef> visibleOrgsByCode;

    /**
     * @param idNumbersOnRecord the file's ID numbers (normalised) that some member already has
     * @param heldElsewhere     those of them held by members outside the caller's subtree: reported without saying so
     * @param visibleOrgsByCode the organisations the file names that lie in the caller's scope, by code
     */
    MemberImportCheck(Set<String> idNumbersOnRecord, Set<String> heldElsewhere, Map<String, OrgRef> visibleOrgsByCode) {
        this.idNumbersOnRecord = idNumbersOnRecord;
        this.heldElsewhere = heldElsewhere;
        this.visibleOrgsByCode = visibleOrgsByCode;
    }

    /** @param problems what reading the rows found already; every row is checked all the same */
    List<NewMember> check(List<ParsedRow> rows, List<RowProblem> problems) {
        Map<String, List<ParsedRow>> byIdNumber = rows.stream().filter(r -> r.draft().normalizedIdNumber() != null)
                .collect(Collectors.groupingBy(r -> r.draft().normalizedIdNumber(), LinkedHashMap::new, Collectors.toList()));
        List<NewMember> members = new ArrayList<>(rows.size());
        for (ParsedRow row : rows) {
            checkIdNumber(row, byIdNumber.getOrDefault(row.draft().normalizedIdNumber(), List.of()), problems);
            OrgRef org = checkOrg(row, problems);
            members.add(new NewMember(row.draft(), org));
        }
        if (!problems.isEmpty()) {
            problems.sort(RowProblem.inSheetOrder(MemberSheet.LAYOUT));
            throw new ImportRejectedException(MemberSheet.CODES, problems,
                    rows.stream().map(ParsedRow::sheet).toList());
        }
        return members;
    }

    /** Each row of a repeated number is reported, naming the others, so the user sees which to keep. */
    private void checkIdNumber(ParsedRow row, List<ParsedRow> sameNumber, List<RowProblem> problems) {
        String id = row.draft().normalizedIdNumber();
        if (sameNumber.size() > 1) {
            String others = sameNumber.stream().filter(r -> r != row).map(r -> String.valueOf(r.rowNumber()))
                    .collect(Collectors.joining("、"));
            problems.add(new RowProblem(row.rowNumber(), MemberSheet.ID_NUMBER, "MEMBER_IMPORT_ID_DUPLICATE", others));
        } else if (id != null && ResidentIdNumbers.isValid(id) && idNumbersOnRecord.contains(id)) {
            problems.add(new RowProblem(row.rowNumber(), MemberSheet.ID_NUMBER,
                    heldElsewhere.contains(id) ? IdNumberOwners.NOT_ACCEPTED : IdNumberOwners.EXISTS));
        }
    }

    private OrgRef checkOrg(ParsedRow row, List<RowProblem> problems) {
        if (row.orgCode() == null) {
            return null; // reported as missing already
        }
        OrgRef org = visibleOrgsByCode.get(row.orgCode());
        if (org == null) {
            // Outside the caller's scope reads the same as not existing: we never confirm it exists.
            problems.add(new RowProblem(row.rowNumber(), MemberSheet.ORG_CODE, "MEMBER_IMPORT_ORG_UNKNOWN", row.orgCode()));
        } else if (!org.holdsMembers()) {
            problems.add(new RowProblem(row.rowNumber(), MemberSheet.ORG_CODE, "ORG_DOES_NOT_HOLD_MEMBERS"));
        } else if (org.dissolved()) {
            problems.add(new RowProblem(row.rowNumber(), MemberSheet.ORG_CODE, "ORG_DISSOLVED"));
        }
        return org;
    }

    /** A good row and the organisation it joins. */
    record NewMember(MemberDraft draft, OrgRef org) {
    }
}
