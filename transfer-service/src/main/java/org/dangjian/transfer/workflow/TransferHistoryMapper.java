package org.dangjian.transfer.workflow;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The append-only trail of a transfer: who did what, when, with what comment. */
@Mapper
public interface TransferHistoryMapper {
    @Insert("INSERT INTO transfer_history (transfer_id, action, step_seq, actor_id, actor_name, at, comment)"
            + " VALUES (#{transferId}, #{action}, #{stepSeq}, #{actorId}, #{actorName}, #{at}, #{comment})")
    void add(@Param("transferId") long transferId, @Param("action") String action, @Param("stepSeq") Integer stepSeq,
             @Param("actorId") Long actorId, @Param("actorName") String actorName, @Param("at") Instant at,
             @Param("comment") String comment);

    @Select("SELECT action, step_seq, actor_id, actor_name, at, comment FROM transfer_history"
            + " WHERE transfer_id = #{transferId} ORDER BY id")
    List<HistoryEntry> of(@Param("transferId") long transferId);

    @Schema(description = "办理记录的一条。One entry of the trail.")
    record HistoryEntry(
            @Schema(description = "动作：REGISTERED 登记、DUES_OVERRIDDEN 更正党费月份（comment 为月份与理由）、APPROVED 同意、"
                    + "REJECTED 退回、ARRIVED 报到、CANCELLED 撤销、EXPIRED 过期。The action; DUES_OVERRIDDEN records the"
                    + " dues month typed instead of points-service's record, with the reason.", example = "APPROVED")
            String action,
            @Schema(description = "审批级次，审批动作才有。The level, for decisions.") Integer stepSeq,
            @Schema(description = "操作人账号；过期时为空。The acting account; none on expiry.") Long actorId,
            @Schema(description = "操作人用户名。The acting account's username.") String actorName,
            Instant at, String comment) {
    }
}
