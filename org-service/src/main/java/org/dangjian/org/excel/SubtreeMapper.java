package org.dangjian.org.excel;

import com.baomidou.mybatisplus.annotation.InterceptorIgnore;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface SubtreeMapper {

    /**
     * One page of a subtree in path order, after {@code afterPath} (keyset paging: each page is a range
     * scan of the path index, however deep into the subtree). Parents sort before their children, since
     * a path is a prefix of its children's.
     * <p>
     * Not through the data-scope interceptor: it would parse and print this same statement again for
     * every page, which cost more than the query itself. {@link SubtreeExport} checks the scope once
     * instead, on the root every row of the page descends from.
     */
    @InterceptorIgnore(dataPermission = "true")
    @Select("SELECT o.id, o.parent_id, o.path, o.code, o.name, o.short_name, o.type, o.category, o.sort_order,"
            + " p.code AS parent_code"
            + " FROM org_unit o LEFT JOIN org_unit p ON p.id = o.parent_id"
            + " WHERE o.path LIKE CONCAT(#{rootPath}, '%') AND o.path > #{afterPath}"
            + " ORDER BY o.path LIMIT #{limit}")
    List<SubtreeRow> page(@Param("rootPath") String rootPath, @Param("afterPath") String afterPath,
                          @Param("limit") int limit);
}
