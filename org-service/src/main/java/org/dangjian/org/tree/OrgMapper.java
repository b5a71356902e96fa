package org.dangjian.org.tree;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface OrgMapper extends BaseMapper<Org> {

    /** Rewrites the path prefix of a whole subtree in one statement (the subtree's rows only). */
    @Update("UPDATE org_unit SET path = CONCAT(#{newPrefix}, SUBSTRING(path, #{oldLength} + 1)),"
            + " depth = depth + #{depthDelta}, updated_at = NOW(6)"
            + " WHERE path LIKE CONCAT(#{oldPrefix}, '%')")
    int rewriteSubtreePaths(@Param("oldPrefix") String oldPrefix, @Param("oldLength") int oldLength,
                            @Param("newPrefix") String newPrefix, @Param("depthDelta") int depthDelta);
}
