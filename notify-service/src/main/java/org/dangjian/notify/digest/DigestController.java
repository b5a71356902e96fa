package org.dangjian.notify.digest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.Administrators;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own pending digest: what tomorrow's (or today's, before it goes) message will sum up, line by line. */
@RestController
@RequestMapping("/api/notifications/digest")
@Tag(name = "每日汇总", description = "管理员每日汇总中待发送的事项（党员预警、待审批的转接及其期限）。"
        + "The items waiting for an administrator's daily digest: warnings, flags, transfer approvals and their deadlines.")
public class DigestController {
    private final DigestItems items;

    DigestController(DigestItems items) {
        this.items = items;
    }

    /** One pending line. */
    @Schema(name = "DigestItem", description = "每日汇总中的一项。One item waiting for the digest.")
    public record Item(@Schema(example = "WARNING") DigestItemKind kind, long orgId,
                       @Schema(example = "黄磊：连续3个月未交纳党费") String subject,
                       @Schema(description = "办理期限（有期限的事项）。The deadline, where there is one.") LocalDate dueOn) {
    }

    @Administrators
    @GetMapping
    @Operation(operationId = "myPendingDigest", summary = "查看本人待发送的每日汇总",
            description = "The caller's own items not yet sent in a digest, deadlines first then the oldest. "
                    + "For administrators (@Administrators); each sees only their own.")
    @ApiResponse(responseCode = "200", description = "待发送的事项。The pending items.", useReturnTypeSchema = true)
    public List<Item> mine() {
        return items.pending(CurrentUsers.get().accountId());
    }
}
