package org.dangjian.org.tree;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import lombok.Getter;
import lombok.Setter;
import org.dangjian.kit.security.scope.OrgScoped;

/** An organisation in the tree; {@code path} is the materialized path of ids, e.g. {@code /1/12/}. */
@Getter
@Setter
@TableName("org_unit")
@OrgScoped(orgPathColumn = "path")
public class Org {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long parentId;
    private String path;
    private Integer depth;
    private String code;
    private String name;
    private String shortName;
    /** Upper-case pinyin initials of the name, for search; see {@link PinyinInitials}. */
    private String pinyinInitials;
    private OrgType type;
    private OrgCategory category;
    private Integer sortOrder;
    /** The secretary's name as typed before V6, or the picked member's name when picked. */
    private String secretary;
    /** The member picked as secretary (issue 18 item 14); null for rows from before V6 and for none. */
    private Long secretaryMemberId;
    /** Contact phone: ciphertext, blind index and masked form; responses and history show only the mask. */
    private String phoneEnc;
    private String phoneIdx;
    private String phoneMasked;
    private LocalDate foundedOn;
    private OrgStatus status;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    @Version
    private Integer version;

    public boolean isActive() {
        return status == OrgStatus.ACTIVE;
    }

    /** A detached copy, so that an edit can be planned and compared with the stored state. */
    public Org copy() {
        Org c = new Org();
        c.id = id;
        c.parentId = parentId;
        c.path = path;
        c.depth = depth;
        c.code = code;
        c.name = name;
        c.shortName = shortName;
        c.pinyinInitials = pinyinInitials;
        c.type = type;
        c.category = category;
        c.sortOrder = sortOrder;
        c.secretary = secretary;
        c.secretaryMemberId = secretaryMemberId;
        c.phoneEnc = phoneEnc;
        c.phoneIdx = phoneIdx;
        c.phoneMasked = phoneMasked;
        c.foundedOn = foundedOn;
        c.status = status;
        c.createdAt = createdAt;
        c.updatedAt = updatedAt;
        c.version = version;
        return c;
    }
}
