package org.dangjian.points.ranking;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * An organisation's ranking for a year: how many are ranked, their average, and the first of them; or, where
 * the organisation has not turned rankings on, only that it is not shown (a state to show, not an error).
 */
@Schema(name = "PointsRanking")
public record RankingView(long orgId, String orgName, int year,
                          @Schema(description = "该组织是否开启了积分排名；未开启时不显示任何排名（人数、平均分为空，名单为空）。"
                                  + "Whether the organisation turned rankings on; when not, nothing is ranked here (members and "
                                  + "average null, top empty).")
                          boolean shown,
                          @Schema(description = "参与排名的人数（未开启时为空）。How many members are ranked (null when not shown).") Long members,
                          @Schema(description = "平均分（未开启时为空）。The average (null when not shown).") BigDecimal average,
                          List<Line> top) {

    static RankingView notShown(long orgId, String orgName, int year) {
        return new RankingView(orgId, orgName, year, false, null, null, List.of());
    }

    @Schema(name = "RankingLine", description = "排名中的一名党员。One member in the ranking.")
    public record Line(@Schema(description = "名次。The rank.") long rank, long memberId, String name, long orgId, String orgName, double score) {
    }
}
