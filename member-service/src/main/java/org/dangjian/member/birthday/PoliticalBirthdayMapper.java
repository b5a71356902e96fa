package org.dangjian.member.birthday;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface PoliticalBirthdayMapper {
    /**
     * Active members admitted on one of {@code monthDays} (month * 100 + day) before {@code admittedBefore},
     * the next {@code limit} after {@code afterId}: a keyset walk over {@code idx_member_join_month_day}.
     */
    @Select("<script>SELECT id, org_id, org_path, name, join_date, full_date FROM member"
            + " WHERE join_month_day IN <foreach item='md' collection='monthDays' open='(' separator=',' close=')'>#{md}</foreach>"
            + " AND state = 'ACTIVE' AND join_date &lt; #{admittedBefore} AND id &gt; #{afterId}"
            + " ORDER BY id LIMIT #{limit}</script>")
    List<BirthdayCandidate> candidates(@Param("monthDays") Collection<Integer> monthDays,
                                       @Param("admittedBefore") LocalDate admittedBefore,
                                       @Param("afterId") long afterId, @Param("limit") int limit);

    /** One multi-row statement; rows already claimed for that day by any run are left alone. */
    @Insert("<script>INSERT IGNORE INTO political_birthday_sent (member_id, day, run_id, sent_at) VALUES"
            + "<foreach item='m' collection='memberIds' separator=','>(#{m}, #{day}, #{runId}, #{now})</foreach></script>")
    int claim(@Param("memberIds") Collection<Long> memberIds, @Param("day") LocalDate day, @Param("runId") String runId,
              @Param("now") LocalDateTime now);

    /** Which of these members this run claimed (the others were greeted already). */
    @Select("<script>SELECT member_id FROM political_birthday_sent WHERE day = #{day} AND run_id = #{runId} AND member_id IN"
            + "<foreach item='m' collection='memberIds' open='(' separator=',' close=')'>#{m}</foreach></script>")
    List<Long> claimedBy(@Param("memberIds") Collection<Long> memberIds, @Param("day") LocalDate day,
                         @Param("runId") String runId);
}
