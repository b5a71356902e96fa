package org.dangjian.cadre.record;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Data;
import org.dangjian.kit.security.scope.OrgScoped;

/**
 * A cadre's record, managed by the administrators of the organisation it is recorded under and above. For a member
 * the person's details stay empty here: they are the roster's ({@link CadreRecords} reads them from there).
 */
@Data
@TableName("cadre")
@OrgScoped
public class Cadre {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long memberId;
    private Long orgId;
    private String orgPath;
    private String name;
    private String gender;
    private LocalDate birthDate;
    private String education;
    private String idNumberEnc;
    private String idNumberIdx;
    private String idNumberMasked;
    private String phoneEnc;
    private String phoneMasked;
    private Long createdBy;
    private Instant createdAt;
}
