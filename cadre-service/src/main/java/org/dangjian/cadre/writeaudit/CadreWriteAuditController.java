package org.dangjian.cadre.writeaudit;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.dangjian.kit.audit.WriteAuditLog;
import org.dangjian.kit.audit.WriteAuditRoutes;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** cadre-service's write audit, for the city administrator and auditors: audit-kit's route. */
@RestController
@RequestMapping("/api/cadres/write-audit")
@Tag(name = "写操作记录", description = "本服务处理过的每一次写操作，供市级管理员和审计员按组织查看。"
        + "Every write this service answered, for the city administrator and auditors, per subtree.")
public class CadreWriteAuditController extends WriteAuditRoutes {

    CadreWriteAuditController(WriteAuditLog audit, OrgDirectory orgs) {
        super(audit, id -> orgs.find(id).map(OrgRef::path));
    }
}
