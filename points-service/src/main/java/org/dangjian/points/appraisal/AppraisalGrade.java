package org.dangjian.points.appraisal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Data;
import org.dangjian.kit.security.scope.OrgScoped;

/** One member's grade in their branch's appraisal: a member reads their own, administrators their subtree's. */
@Data
@TableName("appraisal_grade")
@OrgScoped(memberColumn = "member_id")
class AppraisalGrade {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long appraisalId;
    private Long memberId;
    private Long orgId;
    private String orgPath;
    private Integer year;
    private String grade;
    private String remark;
}
