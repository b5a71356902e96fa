package org.dangjian.org.tree;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** How many members member-service has announced per organisation. */
@Mapper
public interface MemberCountMapper {
    @Insert("INSERT INTO org_member_count (org_id, members, updated_at) VALUES (#{orgId}, 1, NOW(6))"
            + " ON DUPLICATE KEY UPDATE members = members + 1, updated_at = NOW(6)")
    void increment(@Param("orgId") long orgId);

    /** A member left or returned (status change) or moved between organisations (relocation). */
    @Insert("INSERT INTO org_member_count (org_id, members, updated_at) VALUES (#{orgId}, GREATEST(#{delta}, 0), NOW(6))"
            + " ON DUPLICATE KEY UPDATE members = GREATEST(members + #{delta}, 0), updated_at = NOW(6)")
    void add(@Param("orgId") long orgId, @Param("delta") int delta);

    /** Null when no member was ever announced for the organisation. */
    @Select("SELECT members FROM org_member_count WHERE org_id = #{orgId}")
    Integer members(@Param("orgId") long orgId);
}
