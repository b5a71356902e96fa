package org.dangjian.org.account;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.problem.ProblemCodes;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Reads accounts for administrators: the city administrator all of them, an organisation administrator
 * or auditor those whose organisation is in its subtree now (joined through {@code org_unit}, as the
 * audit query does), members none (403). An account outside the caller's scope is simply not found.
 * Every value is a bound parameter; the fixed fragments are chosen by which filters are present.
 */
@Component
public class AccountQuery {
    public static final String ACCOUNT_NOT_FOUND = "ACCOUNT_NOT_FOUND";
    private static final Pattern ORG_PATH = Pattern.compile("(/\\d+)+/");
    private static final String FROM = " FROM account a JOIN org_unit o ON o.id = a.org_id";
    private static final String COLUMNS = "SELECT a.id, a.username, a.display_name, a.org_id, o.name AS org_name,"
            + " a.roles, a.phone_masked, a.status, a.locked_until, a.must_change_password, a.created_at";
    private static final RowMapper<AccountItem> ROW = (rs, i) -> {
        Timestamp lockedUntil = rs.getTimestamp("locked_until");
        return new AccountItem(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getLong("org_id"),
                rs.getString("org_name"),
                Arrays.stream(rs.getString("roles").split(",")).map(String::trim).filter(r -> !r.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                rs.getString("phone_masked"),
                rs.getString("status"),
                lockedUntil != null && lockedUntil.toLocalDateTime().isAfter(LocalDateTime.now()),
                rs.getBoolean("must_change_password"),
                rs.getTimestamp("created_at").toLocalDateTime().atZone(ZoneId.systemDefault()).toOffsetDateTime());
    };

    private final JdbcTemplate jdbc;

    public AccountQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The list's conditions; any may be null. {@code subtree} widens {@code orgId} to its whole subtree. */
    public record Filter(Long orgId, boolean subtree, String q, Role role, AccountStatus status) {
    }

    public PageResult<AccountItem> find(CurrentUser caller, Filter filter, PageQuery page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!scope(caller, where, args)) {
            return PageResult.of(List.of(), 0, page);
        }
        if (filter.orgId() != null) {
            if (filter.subtree()) {
                List<String> paths = jdbc.queryForList("SELECT path FROM org_unit WHERE id = ?", String.class,
                        filter.orgId());
                if (paths.isEmpty()) {
                    return PageResult.of(List.of(), 0, page);
                }
                where.append(" AND o.path LIKE ?");
                args.add(paths.get(0) + "%");
            } else {
                where.append(" AND a.org_id = ?");
                args.add(filter.orgId());
            }
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            String like = "%" + escapeLike(filter.q().trim()) + "%";
            where.append(" AND (a.username LIKE ? OR a.display_name LIKE ?)");
            args.add(like);
            args.add(like);
        }
        if (filter.role() != null) {
            where.append(" AND FIND_IN_SET(?, a.roles) > 0");
            args.add(filter.role().name());
        }
        if (filter.status() != null) {
            where.append(" AND a.status = ?");
            args.add(filter.status().name());
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + FROM + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(page.size());
        pageArgs.add(page.offset());
        List<AccountItem> items = jdbc.query(COLUMNS + FROM + where + " ORDER BY a.created_at DESC, a.id DESC LIMIT ? OFFSET ?",
                ROW, pageArgs.toArray());
        return PageResult.of(items, total == null ? 0 : total, page);
    }

    /** The account if it is in the caller's scope; else 404 ACCOUNT_NOT_FOUND (403 for members). */
    public AccountItem get(CurrentUser caller, long id) {
        return find(caller, id).orElseThrow(() -> ApiException.notFound(ACCOUNT_NOT_FOUND));
    }

    public Optional<AccountItem> find(CurrentUser caller, long id) {
        StringBuilder where = new StringBuilder(" WHERE a.id = ?");
        List<Object> args = new ArrayList<>(List.of(id));
        if (!scope(caller, where, args)) {
            return Optional.empty();
        }
        return jdbc.query(COLUMNS + FROM + where, ROW, args.toArray()).stream().findFirst();
    }

    /**
     * Adds the caller's subtree condition; false when the caller may see no account at all (a malformed
     * own path). Members and tokens without roles get 403.
     */
    private static boolean scope(CurrentUser caller, StringBuilder where, List<Object> args) {
        if (caller.isCityAdmin()) {
            return true;
        }
        if (!caller.hasRole(CurrentUser.ORG_ADMIN) && !caller.hasRole(CurrentUser.AUDITOR)) {
            throw new ApiException(HttpStatus.FORBIDDEN, ProblemCodes.FORBIDDEN);
        }
        if (caller.orgPath() == null || !ORG_PATH.matcher(caller.orgPath()).matches()) {
            return false;
        }
        where.append(" AND o.path LIKE ?");
        args.add(caller.orgPath() + "%");
        return true;
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
