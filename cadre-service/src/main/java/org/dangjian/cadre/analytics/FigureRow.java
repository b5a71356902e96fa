package org.dangjian.cadre.analytics;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.dangjian.cadre.appointment.Position;

/** One line of the list behind a figure: a person at a post (or reserve entry), or a vacant organisation. */
@Schema(name = "CadreFigureRow", description = "统计数字背后的名单的一行：某人及其职务（或后备职务），书记空缺时为组织。One line of "
        + "the list behind a figure: a person at a post or reserve entry, or, for vacancies, an organisation.")
public record FigureRow(
        @Schema(description = "干部（空缺的组织为空）。The cadre; empty for a vacant organisation.", type = "string") Long cadreId,
        @Schema(description = "姓名。The name.") String name,
        @Schema(description = "性别（统计时）。Sex, as counted.") String gender,
        @Schema(description = "年龄（统计日期）。Age on the day of the figures.") Integer age,
        @Schema(description = "学历层次。Level of education.") String educationLabel,
        @Schema(description = "组织。The organisation of the post.") long orgId,
        @Schema(description = "组织名称。Its name.") String orgName,
        @Schema(description = "职务（空缺时为书记）。The position; the secretary's for a vacancy.") Position position,
        @Schema(description = "任职日期（后备为列入日期，离任统计为离任日期，空缺为空）。Since when held or kept in "
                + "reserve; the day left for ENDED; empty for vacancies.") LocalDate date) {
}
