package org.dangjian.transfer.workflow;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.stereotype.Component;

/**
 * Reading transfers within the caller's scope (either end's subtree, or the member's own) and turning
 * them into views with their steps in one query.
 */
@Component
public class TransferAccess {
    public static final String TRANSFER_NOT_FOUND = "TRANSFER_NOT_FOUND";

    private final TransferMapper transfers;
    private final TransferStepMapper steps;
    private final TransferHistoryMapper history;

    TransferAccess(TransferMapper transfers, TransferStepMapper steps, TransferHistoryMapper history) {
        this.transfers = transfers;
        this.steps = steps;
        this.history = history;
    }

    /** The transfer if the caller may see it; otherwise "not found", never confirming it exists. */
    public Transfer get(long id) {
        Transfer t = transfers.selectById(id);
        if (t == null) {
            throw ApiException.notFound(TRANSFER_NOT_FOUND);
        }
        return t;
    }

    /** One transfer with its chain and its whole trail. */
    public TransferView view(Transfer t) {
        return TransferView.of(t, stepsOf(t.getId()), history.of(t.getId()));
    }

    /** Many transfers with their chains: one query for all steps, no trail. */
    public List<TransferView> views(List<Transfer> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, List<TransferStep>> byTransfer = steps.ofTransfers(page.stream().map(Transfer::getId).toList())
                .stream().collect(Collectors.groupingBy(TransferStep::getTransferId));
        return page.stream().map(t -> TransferView.of(t, byTransfer.getOrDefault(t.getId(), List.of()), List.of()))
                .toList();
    }

    /** The version check of the whole transfer: whoever saved first wins, the other rolls back with 409. */
    void save(Transfer t) {
        if (transfers.updateById(t) == 0) {
            throw ApiException.conflict(TransferDecisions.CHANGED_CONCURRENTLY);
        }
    }

    List<TransferStep> stepsOf(long transferId) {
        return steps.selectList(new QueryWrapper<TransferStep>().eq("transfer_id", transferId).orderByAsc("seq"));
    }

    /**
     * Only an administrator of the side whose subtree holds {@code path} acts for that side; the role
     * itself (administrators register, decide and close) is declared on the routes.
     */
    static void requireSide(CurrentUser caller, String path, String reason) {
        if (path == null || !caller.covers(path)) {
            throw ApiException.forbidden(reason);
        }
    }
}
