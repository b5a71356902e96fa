package org.dangjian.org.tree;

import jakarta.validation.constraints.NotNull;

public record MoveOrgRequest(@NotNull Long newParentId) {
}
