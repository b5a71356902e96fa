package org.dangjian.transfer.query;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/**
 * Registers {@code approver_step} with MyBatis-Plus, which is how the data scope (and {@code ScopedSql}
 * for the overdue list's join) knows whose rows it holds.
 */
@Mapper
interface ApproverStepMapper extends BaseMapper<ApproverStep> {
}
