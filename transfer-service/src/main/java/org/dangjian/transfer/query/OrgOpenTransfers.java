package org.dangjian.transfer.query;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.util.List;
import org.dangjian.kit.security.scope.Unscoped;
import org.dangjian.transfer.workflow.Transfer;
import org.dangjian.transfer.workflow.TransferMapper;
import org.dangjian.transfer.workflow.TransferStatus;
import org.springframework.stereotype.Component;

/** Transfers still under way (being approved, or approved and awaiting arrival) that leave or enter an organisation. */
@Component
class OrgOpenTransfers {
    private final TransferMapper transfers;

    OrgOpenTransfers(TransferMapper transfers) {
        this.transfers = transfers;
    }

    @Unscoped("org-service asks before it dissolves an organisation anywhere in the city; only a service token opens"
            + " /internal, and the answer is a count")
    long of(long orgId) {
        return transfers.selectCount(new LambdaQueryWrapper<Transfer>()
                .in(Transfer::getStatus, List.of(TransferStatus.PENDING, TransferStatus.APPROVED))
                .and(w -> w.eq(Transfer::getFromOrgId, orgId).or().eq(Transfer::getToOrgId, orgId)));
    }
}
