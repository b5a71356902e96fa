package org.dangjian.member.birthday;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** What a run did: how many members had their anniversary, and how many greetings it emitted now. */
@Schema(description = "一次政治生日推送的结果。What a political-birthday run did.")
public record BirthdayRun(
        @Schema(description = "推送的日期。The day greeted for.", example = "2026-07-01") LocalDate date,
        @Schema(description = "当天入党纪念日的党员数。Members whose joining anniversary it is.", example = "37") int found,
        @Schema(description = "本次新发出的祝福数（已发过的不再发）。Greetings this run sent; those already sent are not repeated.",
                example = "37") int emitted) {
}
