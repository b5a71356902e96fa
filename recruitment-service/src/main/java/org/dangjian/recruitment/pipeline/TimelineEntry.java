package org.dangjian.recruitment.pipeline;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One line of a case's timeline: a step recorded, and later what other features add about a step (an attachment,
 * a change request and its decision), each from its own {@link TimelineSource}.
 */
@Schema(name = "RecruitmentTimelineEntry", description = "案卷纪实的一条记录。One line of a case's timeline.")
public record TimelineEntry(@Schema(description = "记录类型：STEP 步骤；附件、修改申请等随其功能加入。What the line is: STEP "
                                    + "for a recorded step; attachments and change requests come with their features.",
                                    example = "STEP") String kind,
                            @Schema(example = "N02") String stepCode,
                            String stepName,
                            @Schema(description = "事项日期（步骤的完成日期）。The date it is about (a step's date).") LocalDate date,
                            @Schema(description = "记录人账号。The account that recorded it.") Long recordedBy,
                            @Schema(description = "记录时间。When it was recorded.") Instant recordedAt,
                            @Schema(type = "object", additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
                                    description = "该记录的内容（步骤的字段值）。What it holds (a step's field values).")
                            Map<String, Object> details) {
    public static final String STEP = "STEP";
}
