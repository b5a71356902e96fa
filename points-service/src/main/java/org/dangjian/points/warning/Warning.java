package org.dangjian.points.warning;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDate;
import lombok.Data;
import org.dangjian.kit.security.scope.OrgScoped;

/** A warning for a branch's attention; it belongs to the member's organisation, so reads are scoped by its path. */
@Data
@TableName("warning")
@OrgScoped
class Warning {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long memberId;
    private Long orgId;
    private String orgPath;
    private String kind;
    private String level;
    private Integer months;
    private LocalDate since;
    private LocalDate raisedOn;
    private LocalDate clearedOn;
    private Long openMemberId;
}
