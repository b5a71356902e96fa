package org.dangjian.learning.course;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.math.BigDecimal;
import java.time.Instant;
import lombok.Data;
import org.dangjian.kit.security.scope.OrgScoped;

/**
 * A course of the Party school, published by an organisation for the members of its subtree: the administrators
 * of that organisation and above manage it (the scope on {@code org_path}); members read it through
 * {@link CourseReader}, by audience.
 */
@Data
@TableName("course")
@OrgScoped
class Course {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String title;
    private String summary;
    private Long orgId;
    private String orgPath;
    private String audience;
    private String status;
    private BigDecimal classHours;
    private Long createdBy;
    private Instant createdAt;
    private Instant publishedAt;
}
