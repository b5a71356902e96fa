package org.dangjian.kit.security.scope;

import com.baomidou.mybatisplus.core.metadata.TableInfo;
import com.baomidou.mybatisplus.core.metadata.TableInfoHelper;
import com.baomidou.mybatisplus.extension.plugins.handler.MultiDataPermissionHandler;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;

/**
 * Adds the caller's scope to every query on an {@link OrgScoped} table, as a parsed SQL expression
 * (never string concatenation): {@code org_path LIKE '/1/12/%'} for organisation administrators and
 * auditors, {@code member_id = ?} for members, nothing for the city administrator. A caller with no
 * usable scope sees nothing ({@code 1 = 0}).
 *
 * <p>Deny by default: a query with no person calling (an event consumer, a job, another service's
 * token, a public route) runs unscoped only where the code says why ({@link Unscoped} on the bean or the
 * mapper method, or {@link DataScope#unscoped}); otherwise it fails with {@link UnscopedQueryException}.
 */
public class OrgPathScope implements MultiDataPermissionHandler {
    private static final Pattern PATH = Pattern.compile("(/\\d+)+/");
    private static final Expression NOTHING = new EqualsTo(new LongValue(1), new LongValue(0));
    /** Statement id → whether its mapper method is marked {@link Unscoped}. */
    private static final Map<String, Boolean> UNSCOPED_STATEMENTS = new ConcurrentHashMap<>();

    @Override
    public Expression getSqlSegment(Table table, Expression where, String mappedStatementId) {
        Optional<OrgScoped> scoped = scopeOf(table.getName());
        if (scoped.isEmpty()) {
            return null;
        }
        Optional<CurrentUser> caller = CurrentUsers.find();
        if (caller.isPresent()) {
            return caller.get().isCityAdmin() ? null
                    : condition(table, scoped.get(), caller.get(), CurrentUsers.applicantId().orElse(null));
        }
        if (DataScope.unscopedReason().isPresent() || unscopedStatement(mappedStatementId)) {
            return null;
        }
        throw new UnscopedQueryException(table.getName(), mappedStatementId);
    }

    static Expression condition(Table table, OrgScoped scoped, CurrentUser user) {
        return condition(table, scoped, user, null);
    }

    /** The caller's condition; {@code applicantId}: the case an applicant's token names, else null. */
    static Expression condition(Table table, OrgScoped scoped, CurrentUser user, Long applicantId) {
        boolean treeRole = user.hasRole(CurrentUser.ORG_ADMIN) || user.hasRole(CurrentUser.AUDITOR);
        if (treeRole && user.orgPath() != null && PATH.matcher(user.orgPath()).matches()) {
            Expression inSubtree = under(table, scoped.orgPathColumn(), user.orgPath());
            for (String column : scoped.moreOrgPathColumns()) {
                inSubtree = new OrExpression(inSubtree, under(table, column, user.orgPath()));
            }
            return scoped.moreOrgPathColumns().length == 0 ? inSubtree : new ParenthesedExpressionList<>(inSubtree);
        }
        if (user.hasRole(CurrentUser.MEMBER) && user.memberId() != null && !scoped.memberColumn().isEmpty()) {
            return new EqualsTo(new Column(table, scoped.memberColumn()), new LongValue(user.memberId()));
        }
        if (user.hasRole(CurrentUser.APPLICANT) && applicantId != null && !scoped.applicantColumn().isEmpty()) {
            return new EqualsTo(new Column(table, scoped.applicantColumn()), new LongValue(applicantId));
        }
        return NOTHING;
    }

    private static Expression under(Table table, String pathColumn, String orgPath) {
        LikeExpression like = new LikeExpression();
        like.setLeftExpression(new Column(table, pathColumn));
        like.setRightExpression(new StringValue(orgPath + "%"));
        return like;
    }

    static Optional<OrgScoped> scopeOf(String tableName) {
        TableInfo info = TableInfoHelper.getTableInfo(unquote(tableName));
        if (info == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(info.getEntityType().getAnnotation(OrgScoped.class));
    }

    /** Whether the mapper method behind a statement id ({@code pkg.SomeMapper.method}) is marked {@link Unscoped}. */
    private static boolean unscopedStatement(String statementId) {
        if (statementId == null || statementId.lastIndexOf('.') < 0) {
            return false;
        }
        return UNSCOPED_STATEMENTS.computeIfAbsent(statementId, id -> {
            int dot = id.lastIndexOf('.');
            String methodName = id.substring(dot + 1).replace("_mpCount", "");
            try {
                Class<?> mapper = Class.forName(id.substring(0, dot), false, Thread.currentThread().getContextClassLoader());
                return Arrays.stream(mapper.getMethods())
                        .filter(m -> m.getName().equals(methodName))
                        .anyMatch(OrgPathScope::marked);
            } catch (ClassNotFoundException e) {
                return false;
            }
        });
    }

    private static boolean marked(Method method) {
        return method.isAnnotationPresent(Unscoped.class);
    }

    private static String unquote(String name) {
        return name.replace("`", "");
    }
}
