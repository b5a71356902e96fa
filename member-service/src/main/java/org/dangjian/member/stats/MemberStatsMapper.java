package org.dangjian.member.stats;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.SelectProvider;

@Mapper
interface MemberStatsMapper {
    /** One pass over the subtree's slice of {@code idx_member_subtree_stats}, grouped by every dimension. */
    @SelectProvider(type = StatsSql.class, method = "cells")
    List<StatsCell> cells(StatsScan scan);

    /** Builds the band CASEs from the band definitions; every value is a bound parameter. */
    final class StatsSql {
        private StatsSql() {
        }

        public static String cells(StatsScan scan) {
            StringBuilder age = new StringBuilder("CASE");
            for (int i = 0; i < scan.bornAfter().size(); i++) {
                age.append(" WHEN birth_date > #{bornAfter[").append(i).append("]} THEN ").append(i);
            }
            age.append(" ELSE ").append(scan.bornAfter().size()).append(" END");
            StringBuilder period = new StringBuilder("CASE");
            for (int i = scan.periodStarts().size() - 1; i >= 0; i--) {
                period.append(" WHEN join_date >= #{periodStarts[").append(i).append("]} THEN ").append(i + 1);
            }
            period.append(" ELSE 0 END");
            return "SELECT SUBSTRING_INDEX(SUBSTRING(org_path, #{prefixLength} + 1), '/', 1) AS child_id,"
                    + " status, gender, education, ethnicity, " + age + " AS age_band, " + period + " AS period,"
                    + " COUNT(*) AS cnt"
                    + " FROM member WHERE org_path LIKE #{pathPattern}"
                    + " GROUP BY child_id, status, gender, education, ethnicity, age_band, period";
        }
    }
}
