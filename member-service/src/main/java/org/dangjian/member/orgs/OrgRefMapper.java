package org.dangjian.member.orgs;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface OrgRefMapper {
    @Select("SELECT org_id, parent_id, path, code, name, type, status FROM org_ref WHERE org_id = #{orgId}")
    OrgRef find(long orgId);

    /** Imports name organisations by code; one query for every code of a file. */
    @Select("<script>SELECT org_id, parent_id, path, code, name, type, status FROM org_ref WHERE code IN"
            + "<foreach item='c' collection='codes' open='(' separator=',' close=')'>#{c}</foreach></script>")
    java.util.List<OrgRef> findByCodes(@Param("codes") java.util.Collection<String> codes);

    @Select("SELECT org_id, parent_id, path, code, name, type, status FROM org_ref WHERE parent_id = #{orgId}")
    java.util.List<OrgRef> children(@Param("orgId") long orgId);

    @Update("UPDATE org_ref SET name = COALESCE(#{name}, name), code = #{code}, type = COALESCE(#{type}, type),"
            + " status = COALESCE(#{status}, status), updated_at = NOW(6)"
            + " WHERE org_id = #{orgId}")
    void updateDetails(@Param("orgId") long orgId, @Param("name") String name, @Param("code") String code,
                       @Param("type") String type, @Param("status") String status);

    @Insert("INSERT INTO org_ref (org_id, parent_id, path, code, name, type, updated_at)"
            + " VALUES (#{orgId}, #{parentId}, #{path}, #{code}, #{name}, #{type}, NOW(6))"
            + " ON DUPLICATE KEY UPDATE parent_id = VALUES(parent_id), path = VALUES(path), code = VALUES(code),"
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
