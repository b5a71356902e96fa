package org.dangjian.transfer.workflow;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface TransferStepMapper extends BaseMapper<TransferStep> {
    @Select("<script>SELECT * FROM transfer_step WHERE transfer_id IN"
            + "<foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach>"
            + " ORDER BY transfer_id, seq</script>")
    List<TransferStep> ofTransfers(@Param("ids") Collection<Long> transferIds);

    /** Decides a pending step; 0 rows when someone else decided it first. */
    @Update("UPDATE transfer_step SET status = #{outcome}, decided_by = #{by}, decided_by_name = #{byName},"
            + " decided_at = #{at}, comment = #{comment} WHERE id = #{id} AND status = 'PENDING'")
    int decide(@Param("id") long id, @Param("outcome") StepStatus outcome, @Param("by") long by,
               @Param("byName") String byName, @Param("at") Instant at, @Param("comment") String comment);

    @Update("UPDATE transfer_step SET status = 'PENDING', pending_since = #{at}, due_date = #{due}"
            + " WHERE id = #{id} AND status = 'WAITING'")
    int open(@Param("id") long id, @Param("at") Instant at, @Param("due") LocalDate due);
}
