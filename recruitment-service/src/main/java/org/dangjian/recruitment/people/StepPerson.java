package org.dangjian.recruitment.people;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Data;

/** A member a recorded step named (a training contact, an introducer), with the name the roster had then. */
@Data
@TableName("step_person")
class StepPerson {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long caseStepId;
    private Long caseId;
    private String stepCode;
    private String kind;
    private Integer ord;
    private Long memberId;
    private String name;
}
