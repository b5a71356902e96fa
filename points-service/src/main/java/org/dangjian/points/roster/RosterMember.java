package org.dangjian.points.roster;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDate;
import lombok.Data;
import org.dangjian.kit.roster.MemberRef;
import org.dangjian.kit.security.scope.OrgScoped;

/**
 * A member on the roster that member-roster-kit keeps ({@code member_ref}), declared here so that the
 * kit's scope knows the table: any query or {@code ScopedSql} read that names {@code member_ref} is
 * limited to the caller's subtree (a member: to their own row). Rows keyed only by member (dues) are
 * scoped by joining it. The kit writes the table; points-service only reads it through this entity.
 */
@Data
@TableName("member_ref")
@OrgScoped(memberColumn = "member_id")
public class RosterMember {
    @TableId(type = IdType.INPUT)
    private Long memberId;
    private Long orgId;
    private String orgPath;
    private String name;
    private String gender;
    private LocalDate birthDate;
    private LocalDate joinDate;
    private String status;
    private String occupation;
    private boolean mobile;

    public MemberRef toRef() {
        return new MemberRef(memberId, orgId, orgPath, name, gender, birthDate, joinDate, status, occupation, mobile);
    }
}
