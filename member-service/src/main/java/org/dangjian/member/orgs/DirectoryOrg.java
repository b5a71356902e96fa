package org.dangjian.member.orgs;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Getter;
import lombok.Setter;
import org.dangjian.kit.security.scope.OrgScoped;

/**
 * An organisation of the local tree that org-directory-kit keeps ({@code org_ref}), declared here only so
 * that the kit's scope knows the table: a {@code ScopedSql} read that names {@code org_ref} (the audit of
 * sensitive reads, the export's organisation codes) sees only the caller's subtree. The kit writes the
 * table and answers every lookup of it; nothing in this service queries it through this entity.
 */
@Getter
@Setter
@TableName("org_ref")
@OrgScoped(orgPathColumn = "path")
public class DirectoryOrg {
    @TableId(type = IdType.INPUT)
    private Long orgId;
    private String path;
}
