package org.dangjian.org.tree;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.dangjian.kit.security.scope.OrgScoped;

/** An organisation in the tree; {@code path} is the materialized path of ids, e.g. {@code /1/12/}. */
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
    private String secretary;
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

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public Integer getDepth() {
        return depth;
    }

    public void setDepth(Integer depth) {
        this.depth = depth;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public OrgType getType() {
        return type;
    }

    public void setType(OrgType type) {
        this.type = type;
    }

    public OrgCategory getCategory() {
        return category;
    }

    public void setCategory(OrgCategory category) {
        this.category = category;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public OrgStatus getStatus() {
        return status;
    }

    public void setStatus(OrgStatus status) {
        this.status = status;
    }

    public boolean isActive() {
        return status == OrgStatus.ACTIVE;
    }

    public String getPinyinInitials() {
        return pinyinInitials;
    }

    public void setPinyinInitials(String pinyinInitials) {
        this.pinyinInitials = pinyinInitials;
    }

    public String getSecretary() {
        return secretary;
    }

    public void setSecretary(String secretary) {
        this.secretary = secretary;
    }

    public String getPhoneEnc() {
        return phoneEnc;
    }

    public void setPhoneEnc(String phoneEnc) {
        this.phoneEnc = phoneEnc;
    }

    public String getPhoneIdx() {
        return phoneIdx;
    }

    public void setPhoneIdx(String phoneIdx) {
        this.phoneIdx = phoneIdx;
    }

    public String getPhoneMasked() {
        return phoneMasked;
    }

    public void setPhoneMasked(String phoneMasked) {
        this.phoneMasked = phoneMasked;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public void setFoundedOn(LocalDate foundedOn) {
        this.foundedOn = foundedOn;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
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
