package org.dangjian.recruitment.vote;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Data;

/** A branch meeting's vote recorded with its step: the counts and the entitled voters when it was recorded. */
@Data
@TableName("step_vote")
class StepVote {
    @TableId(type = IdType.INPUT)
    private Long caseStepId;
    private Long caseId;
    private String stepCode;
    private Integer entitled;
    private Integer present;
    @TableField("yes_votes")
    private Integer yes;
    @TableField("no_votes")
    private Integer no;
    @TableField("abstentions")
    private Integer abstain;
}
