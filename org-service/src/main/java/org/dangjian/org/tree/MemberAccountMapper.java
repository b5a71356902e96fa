package org.dangjian.org.tree;

import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * What org-service knows of a member: the account it gave them from {@code dj.member.registered} (organisation and
 * name). The tree reads it to pick a secretary from an organisation's members until cadre-service supplies them.
 */
@Mapper
public interface MemberAccountMapper {
    /** {@code org_id} and {@code display_name} of the member's active account, or null. */
    @Select("SELECT org_id, display_name FROM account WHERE member_id = #{memberId} AND status = 'ACTIVE'")
    Map<String, Object> activeAccount(@Param("memberId") long memberId);
}
