package org.dangjian.org.tree;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Queries on {@code org_unit} go through the data-scope interceptor like every other query on it. */
@Mapper
public interface OrgMapper extends BaseMapper<Org> {

    /** Rewrites the path prefix of a whole subtree in one statement (the subtree's rows only). */
    @Update("UPDATE org_unit SET path = CONCAT(#{newPrefix}, SUBSTRING(path, #{oldLength} + 1)),"
            + " depth = depth + #{depthDelta}, updated_at = NOW(6)"
            + " WHERE path LIKE CONCAT(#{oldPrefix}, '%')")
    int rewriteSubtreePaths(@Param("oldPrefix") String oldPrefix, @Param("oldLength") int oldLength,
                            @Param("newPrefix") String newPrefix, @Param("depthDelta") int depthDelta);

    /** Active descendants by type and category: one pass over the path index of the subtree. */
    @Select("SELECT type, category, COUNT(*) AS n FROM org_unit"
            + " WHERE path LIKE CONCAT(#{path}, '%') AND id <> #{orgId} AND status = 'ACTIVE'"
            + " GROUP BY type, category")
    List<OrgStats.Row> countDescendants(@Param("path") String path, @Param("orgId") long orgId);
}
