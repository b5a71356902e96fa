package org.dangjian.points.ranking;

import java.math.BigDecimal;
import java.util.List;

/** An organisation's ranking for a year: how many are ranked, their average, and the first of them. */
public record RankingView(long orgId, String orgName, int year, long members, BigDecimal average, List<Line> top) {
    public record Line(long rank, long memberId, String name, long orgId, String orgName, double score) {
    }
}
