package org.dangjian.learning.media;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import lombok.Data;
import org.dangjian.kit.security.scope.OrgScoped;

/**
 * A video, audio file or PDF of the Party school, uploaded by an organisation's administrators (who, with those
 * above, manage it: the scope on {@code org_path}). {@code linkKey} signs the links to its content.
 */
@Data
@TableName("media_file")
@OrgScoped
class MediaFile {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long orgId;
    private String orgPath;
    private String fileName;
    private Long size;
    private Integer partSize;
    private String status;
    private String contentType;
    private String objectKey;
    private String linkKey;
    private Long uploadedBy;
    private Instant createdAt;
    private Instant completedAt;

    int partCount() {
        return (int) ((size + partSize - 1) / partSize);
    }

    /** The size part {@code n} (from 1) must have: the part size, the last one what remains. */
    long partLength(int n) {
        return n < partCount() ? partSize : size - (long) (partCount() - 1) * partSize;
    }
}
