package org.dangjian.org.tree;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface OrgMoveMapper {
    @Insert("INSERT INTO org_move (org_id, old_parent_id, new_parent_id, old_path, new_path, moved_by, moved_at)"
            + " VALUES (#{orgId}, #{oldParentId}, #{newParentId}, #{oldPath}, #{newPath}, #{movedBy}, NOW(6))")
    void record(@Param("orgId") long orgId, @Param("oldParentId") long oldParentId,
                @Param("newParentId") long newParentId, @Param("oldPath") String oldPath,
                @Param("newPath") String newPath, @Param("movedBy") Long movedBy);

    @Select("SELECT old_parent_id, new_parent_id, old_path, new_path, moved_by, moved_at FROM org_move"
            + " WHERE org_id = #{orgId} ORDER BY moved_at, id")
    List<HistoryEntry.MoveRow> forOrg(@Param("orgId") long orgId);
}
