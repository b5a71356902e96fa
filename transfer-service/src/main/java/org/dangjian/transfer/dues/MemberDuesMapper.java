package org.dangjian.transfer.dues;

import java.time.Instant;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The last month each member's dues are paid for, as points-service announced it. Not org-owned: keyed by member. */
@Mapper
interface MemberDuesMapper {
    /** A back-payment of earlier months never moves the month back: the later month wins. */
    @Insert("INSERT INTO member_dues (member_id, paid_until, updated_at) VALUES (#{memberId}, #{paidUntil}, #{at})"
            + " ON DUPLICATE KEY UPDATE updated_at = IF(VALUES(paid_until) > paid_until, VALUES(updated_at), updated_at),"
            + " paid_until = GREATEST(paid_until, VALUES(paid_until))")
    void record(@Param("memberId") long memberId, @Param("paidUntil") String paidUntil, @Param("at") Instant at);

    @Select("SELECT paid_until FROM member_dues WHERE member_id = #{memberId}")
    String paidUntil(@Param("memberId") long memberId);

    /**
     * {@link #paidUntil}, read with a lock held to the end of the caller's transaction: on the member's row, or on the
     * gap where it would go. A payment being recorded meanwhile is waited for; one not begun yet waits for the caller
     * to commit. FOR UPDATE rather than a shared lock: the data scope's SQL parser does not read LOCK IN SHARE MODE,
     * and registrations of one member are rare enough to take turns.
     */
    @Select("SELECT paid_until FROM member_dues WHERE member_id = #{memberId} FOR UPDATE")
    String paidUntilLocked(@Param("memberId") long memberId);
}
