package org.dangjian.points.ranking;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/** An organisation's ranking for a year: how many are ranked, their average, and the first of them. */
@Schema(name = "PointsRanking")
public record RankingView(long orgId, String orgName, int year,
                          @Schema(description = "参与排名的人数。How many members are ranked.") long members, BigDecimal average, List<Line> top) {
    @Schema(name = "RankingLine", description = "排名中的一名党员。One member in the ranking.")
    public record Line(@Schema(description = "名次。The rank.") long rank, long memberId, String name, long orgId, String orgName, double score) {
    }
}
