package org.dangjian.transfer.workflow;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/**
 * An approver's decision, or a cancellation. {@code version} is optional: a client that sends the
 * version it saw is refused (409) when the transfer changed since.
 */
@Schema(description = "审批意见、报到说明或撤销原因，可不填；退回时必须填写意见。An approver's decision, an arrival note or"
        + " a cancellation; optional, but a rejection needs a comment.")
public record DecisionRequest(
        @Schema(description = "意见或原因；退回时必填。The comment or reason; required to reject.",
                example = "同意转出，请接收方及时办理")
        @Size(max = 500) String comment,
        @Schema(description = "客户端读到的转接版本号；转接此后有变动则拒绝（409）。The transfer's version the client saw;"
                + " refused (409) when it changed since.", example = "0")
        Integer version) {
    public DecisionRequest {
        comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    static DecisionRequest none() {
        return new DecisionRequest(null, null);
    }
}
