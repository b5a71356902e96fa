package org.dangjian.org.tree;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

public record MoveOrgRequest(
        @Schema(description = "新的上级组织：须为有效的党委、党工委或党总支。The new parent: an active committee, working committee or general branch.")
        @NotNull Long newParentId) {
}
