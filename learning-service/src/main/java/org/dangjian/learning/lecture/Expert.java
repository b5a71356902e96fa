package org.dangjian.learning.lecture;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import lombok.Data;
import org.dangjian.kit.security.scope.OrgScoped;

/** An expert on an organisation's roster (a Party school teacher, a scholar), managed by that organisation's administrators and those above. */
@Data
@TableName("lecture_expert")
@OrgScoped
class Expert {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long orgId;
    private String orgPath;
    private String name;
    private String title;
    private String topics;
    private Long createdBy;
    private Instant createdAt;
}
