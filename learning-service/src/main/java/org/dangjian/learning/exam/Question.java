package org.dangjian.learning.exam;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import lombok.Data;
import org.dangjian.kit.security.scope.OrgScoped;

/**
 * A question of an organisation's bank, as its administrators (and those above) manage it: the scope on
 * {@code org_path}. Exams read the banks above them through {@link QuestionBank}, not through this scope.
 */
@Data
@TableName("question")
@OrgScoped
class Question {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long orgId;
    private String orgPath;
    private String kind;
    private String stem;
    /** JSON arrays: the options, the indices of the right ones, the accepted fill-in texts. */
    private String options;
    private String correct;
    private String accepted;
    /** {@code ,tag1,tag2,} */
    private String tags;
    private Integer difficulty;
    private Long createdBy;
    private Instant createdAt;
}
