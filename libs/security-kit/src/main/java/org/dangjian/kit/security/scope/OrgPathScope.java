package org.dangjian.kit.security.scope;

import com.baomidou.mybatisplus.core.metadata.TableInfo;
import com.baomidou.mybatisplus.core.metadata.TableInfoHelper;
import com.baomidou.mybatisplus.extension.plugins.handler.MultiDataPermissionHandler;
import java.util.Optional;
import java.util.regex.Pattern;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;

/**
 * Adds the caller's scope to every query on an {@link OrgScoped} table, as a parsed SQL expression
 * (never string concatenation): {@code org_path LIKE '/1/12/%'} for organisation administrators and
 * auditors, {@code member_id = ?} for members, nothing for the city administrator or for work that has
 * no caller (event consumers, jobs). A caller with no usable scope sees nothing ({@code 1 = 0}).
 */
public class OrgPathScope implements MultiDataPermissionHandler {
    private static final Pattern PATH = Pattern.compile("(/\\d+)+/");
    private static final Expression NOTHING = new EqualsTo(new LongValue(1), new LongValue(0));

    @Override
    public Expression getSqlSegment(Table table, Expression where, String mappedStatementId) {
        Optional<OrgScoped> scoped = scopeOf(table.getName());
        if (scoped.isEmpty()) {
            return null;
        }
        Optional<CurrentUser> caller = CurrentUsers.find();
        if (caller.isEmpty() || caller.get().isCityAdmin()) {
            return null;
        }
        return condition(table, scoped.get(), caller.get());
    }

    static Expression condition(Table table, OrgScoped scoped, CurrentUser user) {
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
        return NOTHING;
    }

    private static Expression under(Table table, String pathColumn, String orgPath) {
        LikeExpression like = new LikeExpression();
        like.setLeftExpression(new Column(table, pathColumn));
        like.setRightExpression(new StringValue(orgPath + "%"));
        return like;
    }

    private static Optional<OrgScoped> scopeOf(String tableName) {
        TableInfo info = TableInfoHelper.getTableInfo(unquote(tableName));
        if (info == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(info.getEntityType().getAnnotation(OrgScoped.class));
    }

    private static String unquote(String name) {
        return name.replace("`", "");
    }
}
