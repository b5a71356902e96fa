package org.dangjian.transfer.workflow;

import com.baomidou.mybatisplus.core.conditions.update.UpdateWrapper;
import java.time.YearMonth;
import org.dangjian.transfer.dues.DuesFollower;
import org.springframework.stereotype.Component;

/**
 * A payment recorded while a transfer is open moves the month its letter prints, unless the registering
 * administrator replaced the record with a month of their own (and said why).
 */
@Component
class OpenTransferDues implements DuesFollower {
    private final TransferMapper transfers;

    OpenTransferDues(TransferMapper transfers) {
        this.transfers = transfers;
    }

    @Override
    public void paidUntil(long memberId, YearMonth month) {
        transfers.update(null, new UpdateWrapper<Transfer>().set("dues_paid_until", month.toString())
                .eq("open_member_id", memberId).isNull("dues_override_reason"));
    }
}
