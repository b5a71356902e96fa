package org.dangjian.org.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.org.StoredTime;
import org.dangjian.org.tree.Org;
import org.dangjian.org.tree.OrgMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads accounts for administrators and auditors: the city administrator all of them, an organisation
 * administrator or auditor those whose organisation is in its subtree now (joined through
 * {@code org_unit}, which the kit's scope limits, as the audit query does). An account outside the
 * caller's scope is simply not found. Every value is a bound parameter; the fixed fragments are chosen
 * by which filters are present.
 */
@Component
public class AccountQuery {
    public static final String ACCOUNT_NOT_FOUND = "ACCOUNT_NOT_FOUND";
    private static final String FROM = " FROM account a JOIN org_unit o ON o.id = a.org_id";
    private static final String COLUMNS = "SELECT a.id, a.username, a.display_name, a.org_id, o.name AS org_name,"
            + " a.roles, a.phone_masked, a.status, a.locked_until, a.must_change_password, a.second_factor,"
            + " a.created_at";

    private final JdbcClient jdbc;
    private final OrgMapper orgs;
    private final Clock clock;

    public AccountQuery(JdbcClient jdbc, OrgMapper orgs, Clock clock) {
        this.jdbc = jdbc;
        this.orgs = orgs;
        this.clock = clock;
    }

    /** The list's conditions; any may be null. {@code subtree} widens {@code orgId} to its whole subtree. */
    public record Filter(Long orgId, boolean subtree, String q, Role role, AccountStatus status) {
    }

    public PageResult<AccountItem> find(Filter filter, PageQuery page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.orgId() != null) {
            if (filter.subtree()) {
                // Looked up within the caller's scope: another subtree's organisation shows nothing.
                Org org = orgs.selectById(filter.orgId());
                if (org == null) {
                    return PageResult.of(List.of(), 0, page);
                }
                where.append(" AND ").append(SubtreePaths.under("o.path", "subtreePath"));
                params.put("subtreePath", org.getPath());
            } else {
                where.append(" AND a.org_id = :orgId");
                params.put("orgId", filter.orgId());
            }
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" AND (a.username LIKE :q OR a.display_name LIKE :q)");
            params.put("q", "%" + escapeLike(filter.q().trim()) + "%");
        }
        if (filter.role() != null) {
            where.append(" AND FIND_IN_SET(:role, a.roles) > 0");
            params.put("role", filter.role().name());
        }
        if (filter.status() != null) {
            where.append(" AND a.status = :status");
            params.put("status", filter.status().name());
        }
        Long total = jdbc.sql(ScopedSql.of("SELECT COUNT(*)" + FROM + where)).params(params).query(Long.class).single();
        List<AccountItem> items = jdbc.sql(ScopedSql.of(COLUMNS + FROM + where + " ORDER BY a.created_at DESC, a.id DESC")
                        + " LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(this::row).list();
        return PageResult.of(items, total == null ? 0 : total, page);
    }

    /** The account if it is in the caller's scope; else 404 ACCOUNT_NOT_FOUND. */
    public AccountItem get(long id) {
        return find(id).orElseThrow(() -> ApiException.notFound(ACCOUNT_NOT_FOUND));
    }

    public Optional<AccountItem> find(long id) {
        return jdbc.sql(ScopedSql.of(COLUMNS + FROM + " WHERE a.id = :id")).param("id", id).query(this::row).optional();
    }

    private AccountItem row(ResultSet rs, int rowNum) throws SQLException {
        LocalDateTime lockedUntil = rs.getObject("locked_until", LocalDateTime.class);
        String secondFactor = rs.getString("second_factor");
        return new AccountItem(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getLong("org_id"),
                rs.getString("org_name"),
                Arrays.stream(rs.getString("roles").split(",")).map(String::trim).filter(r -> !r.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                rs.getString("phone_masked"),
                AccountStatus.valueOf(rs.getString("status")),
                lockedUntil != null && lockedUntil.isAfter(StoredTime.now(clock)),
                rs.getBoolean("must_change_password"),
                secondFactor == null ? null : SecondFactorMethod.valueOf(secondFactor),
                StoredTime.toOffset(rs.getObject("created_at", LocalDateTime.class)));
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
