package org.dangjian.org.tree;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The append-only field history of organisations (renames, other edits, dissolving). */
@Mapper
public interface OrgChangeMapper {
    @Insert("INSERT INTO org_change (org_id, field, old_value, new_value, changed_by, changed_at)"
            + " VALUES (#{orgId}, #{field}, #{oldValue}, #{newValue}, #{changedBy}, NOW(6))")
    void record(@Param("orgId") long orgId, @Param("field") String field, @Param("oldValue") String oldValue,
                @Param("newValue") String newValue, @Param("changedBy") Long changedBy);

    @Select("SELECT field, old_value, new_value, changed_by, changed_at FROM org_change"
            + " WHERE org_id = #{orgId} ORDER BY changed_at, id")
    List<HistoryEntry.ChangeRow> forOrg(@Param("orgId") long orgId);
}
