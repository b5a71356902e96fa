package org.dangjian.kit.security.app;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import org.dangjian.kit.security.scope.OrgScoped;

/** Org-owned rows with no member column: members see none. */
@TableName("dj_branch")
@OrgScoped
public class Branch {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String orgPath;
    private String name;

    public Branch() {
    }

    public Branch(String orgPath, String name) {
        this.orgPath = orgPath;
        this.name = name;
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
