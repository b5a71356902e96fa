package org.dangjian.transfer.workflow;

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

    record HistoryEntry(String action, Integer stepSeq, Long actorId, String actorName, Instant at, String comment) {
    }
}
