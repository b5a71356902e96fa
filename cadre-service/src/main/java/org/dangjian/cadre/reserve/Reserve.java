package org.dangjian.cadre.reserve;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Data;
import org.dangjian.kit.security.scope.OrgScoped;

/** A cadre kept in reserve (后备干部) for a post of an organisation, until taken off the list. */
@Data
@TableName("reserve")
@OrgScoped
class Reserve {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long cadreId;
    private Long orgId;
    private String orgPath;
    private String position;
    private LocalDate since;
    private LocalDate until;
    private Long createdBy;
    private Instant createdAt;

    boolean current() {
        return until == null;
    }
}
