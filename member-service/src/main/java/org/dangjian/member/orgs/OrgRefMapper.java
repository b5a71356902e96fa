package org.dangjian.member.orgs;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface OrgRefMapper {
    @Select("SELECT org_id, parent_id, path, name, type, status FROM org_ref WHERE org_id = #{orgId}")
    OrgRef find(long orgId);

    @Insert("INSERT INTO org_ref (org_id, parent_id, path, name, type, updated_at)"
            + " VALUES (#{orgId}, #{parentId}, #{path}, #{name}, #{type}, NOW(6))"
            + " ON DUPLICATE KEY UPDATE parent_id = VALUES(parent_id), path = VALUES(path),"
            + " name = VALUES(name), type = VALUES(type), updated_at = NOW(6)")
    void upsert(OrgRef org);

    @Update("UPDATE org_ref SET path = CONCAT(#{newPrefix}, SUBSTRING(path, #{oldLength} + 1)), updated_at = NOW(6)"
            + " WHERE path LIKE CONCAT(#{oldPrefix}, '%')")
    int rewritePaths(@Param("oldPrefix") String oldPrefix, @Param("oldLength") int oldLength,
                     @Param("newPrefix") String newPrefix);

    @Update("UPDATE org_ref SET status = 'DISSOLVED', updated_at = NOW(6) WHERE org_id = #{orgId}")
    void markDissolved(@Param("orgId") long orgId);

    @Update("UPDATE org_ref SET parent_id = #{parentId}, updated_at = NOW(6) WHERE org_id = #{orgId}")
    void setParent(@Param("orgId") long orgId, @Param("parentId") long parentId);
}
