package org.dangjian.org.writeaudit;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import org.dangjian.kit.audit.WriteAuditLog;
import org.dangjian.kit.audit.WriteAuditRoutes;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.org.tree.OrgService;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** org-service's write audit, for the city administrator and auditors: audit-kit's route. */
@RestController
@RequestMapping("/api/orgs/write-audit")
@Tag(name = "写操作记录", description = "本服务处理过的每一次写操作，供市级管理员和审计员按组织查看。"
        + "Every write this service answered, for the city administrator and auditors, per subtree.")
public class OrgWriteAuditController extends WriteAuditRoutes {

    OrgWriteAuditController(WriteAuditLog audit, OrgService orgs) {
        super(audit, id -> {
            try {
                return Optional.of(orgs.get(id).getPath());
            } catch (ApiException notVisible) {
                return Optional.empty(); // the kit answers AUDIT_ORG_NOT_FOUND, as in every service
            }
        });
    }
}
