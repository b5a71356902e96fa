package org.dangjian.kit.security.app;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import org.dangjian.kit.security.scope.OrgScoped;

/** Org-owned rows a member may read their own of. */
@TableName("dj_dues_record")
@OrgScoped(memberColumn = "member_id")
public class DuesRecord {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String orgPath;
    private Long memberId;
    private Integer amount;

    public DuesRecord() {
    }

    public DuesRecord(String orgPath, Long memberId, Integer amount) {
        this.orgPath = orgPath;
        this.memberId = memberId;
        this.amount = amount;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getOrgPath() {
        return orgPath;
    }

    public void setOrgPath(String orgPath) {
        this.orgPath = orgPath;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public Integer getAmount() {
        return amount;
    }

    public void setAmount(Integer amount) {
        this.amount = amount;
    }
}
