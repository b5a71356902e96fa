package org.dangjian.member.excel;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.write.metadata.WriteSheet;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjian.kit.crypto.FieldCipher;
import org.dangjian.kit.excel.Workbooks;
import org.dangjian.kit.privacy.SensitiveReadAudit;
import org.dangjian.kit.privacy.UnmaskRight;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.member.privacy.SensitiveRead;
import org.dangjian.member.privacy.Unmasking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Streams the active members of a subtree as the import template's columns, so that an export (taken
 * in clear) can be imported again. Page by page along the {@code (org_path, id)} index: at most one
 * page of members is held at a time, and the workbook goes to the response as it is written. The
 * subtree is the one the request names; the kit adds the caller's scope to every read ({@link ScopedSql}).
 */
@Service
public class MemberExport {
    static final int PAGE = 1000;
    private static final String ACTIVE = " m.state = 'ACTIVE'";
    private static final String IN_SUBTREE = SubtreePaths.under("m.org_path", "root");
    private static final String COUNT_SQL = "SELECT COUNT(*) FROM member m WHERE " + IN_SUBTREE + " AND" + ACTIVE;
    private static final String PAGE_SQL = "SELECT m.id, m.org_path, m.name, m.gender, m.ethnicity, m.birth_date,"
            + " m.id_number_enc, m.id_number_masked, m.phone_enc, m.phone_masked, m.education, m.education_mode, m.standing,"
            + " m.mobile, m.join_date, m.full_date, m.native_place, m.native_place_text, m.degree, m.occupation,"
            + " m.occupation_text, m.work_unit, m.party_group, m.notes,"
            + " o.code AS org_code"
            + " FROM member m LEFT JOIN org_ref o ON o.org_id = m.org_id"
            + " WHERE " + IN_SUBTREE + " AND" + ACTIVE
            + " AND (m.org_path > :afterPath OR (m.org_path = :afterPath AND m.id > :afterId))"
            + " ORDER BY m.org_path, m.id LIMIT " + PAGE;

    private final OrgDirectory orgs;
    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final UnmaskRight unmaskRight;
    private final SensitiveReadAudit audit;

    public MemberExport(OrgDirectory orgs, JdbcClient jdbc, FieldCipher cipher, UnmaskRight unmaskRight,
                        SensitiveReadAudit audit) {
        this.orgs = orgs;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.unmaskRight = unmaskRight;
        this.audit = audit;
    }

    /**
     * The subtree's root: the given organisation if the caller's scope covers it (404 otherwise, as for
     * one that does not exist), else the caller's own. Administrators and auditors export (declared on the
     * route); members do not.
     */
    public OrgRef root(Long orgId) {
        CurrentUser caller = CurrentUsers.get();
        Long id = orgId != null ? orgId : caller.orgId();
        return (id == null ? Optional.<OrgRef>empty() : orgs.find(id))
                .filter(org -> caller.covers(org.path()))
                .orElseThrow(() -> ApiException.notFound(OrgDirectory.ORG_NOT_FOUND));
    }

    /**
     * A clear export needs the unmask right; the attempt is on record whether it is allowed or refused
     * (403 {@code FORBIDDEN}), before anything is written.
     */
    public void requireClearRight(OrgRef root) {
        if (!unmaskRight.heldBy(CurrentUsers.get())) {
            audit.refused(SensitiveRead.EXPORT_UNMASKED, null, root.orgId(), "export of " + root.path());
            throw ApiException.forbidden(Unmasking.MEMBER_UNMASK_RIGHT_REQUIRED);
        }
        audit.allowed(SensitiveRead.EXPORT_UNMASKED, null, root.orgId(), count(root) + " members");
    }

    /** How many members an export of the subtree holds (for the audit of a clear export). */
    long count(OrgRef root) {
        return jdbc.sql(ScopedSql.of(COUNT_SQL)).param("root", root.path()).query(Long.class).single();
    }

    /** The subtree's members, ID and phone numbers masked unless {@code clear}. Scope was checked at the root. */
    public void write(OrgRef root, boolean clear, OutputStream out) {
        String pageSql = ScopedSql.of(PAGE_SQL);
        try (ExcelWriter writer = Workbooks.open(out)) {
            WriteSheet sheet = Workbooks.dataSheet(MemberSheet.LAYOUT);
            String path = "";
            long id = 0;
            List<ExportRow> page;
            do {
                page = jdbc.sql(pageSql).param("root", root.path()).param("afterPath", path).param("afterId", id)
                        .query(ExportRow::of).list();
                List<List<Object>> data = new ArrayList<>(page.size());
                for (ExportRow row : page) {
                    data.add(row.cells(clear ? cipher::decrypt : null));
                }
                writer.write(data, sheet); // an empty first page still writes the header
                if (!page.isEmpty()) {
                    path = page.get(page.size() - 1).orgPath();
                    id = page.get(page.size() - 1).id();
                }
            } while (page.size() == PAGE);
        }
    }
}
