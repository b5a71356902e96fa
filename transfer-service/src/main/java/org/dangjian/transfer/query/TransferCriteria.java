package org.dangjian.transfer.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.transfer.workflow.TransferKind;
import org.dangjian.transfer.workflow.TransferStatus;

/**
 * The filters of {@code GET /api/transfers}, as the client sent them; all optional. {@code from} and
 * {@code to} are registration dates in the business time zone, both inclusive.
 */
record TransferCriteria(List<TransferStatus> statuses, TransferKind kind, Long orgId, Long memberId,
                        LocalDate from, LocalDate to) {
    TransferCriteria {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
    }

    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (from != null && to != null && from.isAfter(to)) {
            problems.add(new FieldProblem("to", "TRANSFER_QUERY_RANGE_REVERSED"));
        }
        return problems;
    }
}
