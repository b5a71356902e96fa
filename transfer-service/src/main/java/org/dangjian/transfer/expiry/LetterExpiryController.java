package org.dangjian.transfer.expiry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.dangjian.kit.security.rights.CityAdminOnly;
import org.dangjian.kit.web.devmode.DevelopmentMode;
import org.dangjian.transfer.workflow.TransferClosing;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/transfers/expiry/run?date=}: the nightly run on demand, for the city administrator.
 * A date after today would end letters that are still valid, so it is refused unless the platform runs in
 * development mode ({@code DJ_DEV_MODE=true}), where a rehearsal or an end-to-end test reaches a letter's end
 * without waiting months.
 */
@Tag(name = "介绍信", description = "组织关系介绍信：打印 PDF、扫码核验真伪与有效期、到期处理。"
        + "Letters of introduction: the PDF to print, the public check behind its QR code, and their expiry.")
@RestController
class LetterExpiryController {
    private final TransferClosing closing;
    private final Clock clock;
    private final DevelopmentMode developmentMode;

    LetterExpiryController(TransferClosing closing, Clock clock, DevelopmentMode developmentMode) {
        this.closing = closing;
        this.clock = clock;
        this.developmentMode = developmentMode;
    }

    @Schema(description = "一次到期处理的结果。The outcome of one expiry run.")
    record ExpiryRun(@Schema(description = "处理所按的日期。The day the run went by.", example = "2026-06-30") LocalDate date,
                     @Schema(description = "本次结束的转接数。How many transfers ended as EXPIRED.", example = "2") int expired) {
    }

    @Operation(operationId = "runTransferLetterExpiry", summary = "执行介绍信到期处理", description = """
            Runs the nightly expiry now: every approved transfer whose letter ran out before the date ends \
            as EXPIRED (and the member stays where they were). date defaults to today; a date after today is \
            refused unless the platform runs in development mode (DJ_DEV_MODE), as rehearsals and tests do. For the \
            city administrator only (@CityAdminOnly).""")
    @ApiResponse(responseCode = "200", description = "本次处理的结果。What the run did.",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "日期不能晚于今天。The date is after today: field date with"
            + " TRANSFER_DATE_IN_FUTURE (code VALIDATION_FAILED)")
    @CityAdminOnly
    @PostMapping("/api/transfers/expiry/run")
    ExpiryRun run(@Parameter(description = "按哪一天处理，缺省为今天。The day to run for; today when absent.")
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate day = developmentMode.runDay(date, clock, "TRANSFER_DATE_IN_FUTURE");
        return new ExpiryRun(day, closing.expireLettersBefore(day));
    }
}
