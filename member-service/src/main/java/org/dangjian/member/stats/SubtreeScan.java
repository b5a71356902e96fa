package org.dangjian.member.stats;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.dangjian.member.record.Gender;
import org.dangjian.member.record.MembershipState;
import org.dangjian.member.record.PartyStanding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads every member of a subtree once, from {@code idx_member_subtree_stats} alone (index-only range
 * scan, no temporary table), and hands each to the tally with its age band and admission period.
 * <p>
 * Why not GROUP BY the dimensions in SQL: the breakdowns are marginals, but a GROUP BY over all of
 * them yields their cross product, which at city scale is tens of thousands of cells built in a
 * temporary table and then mapped; measured with MemberReadBenchmark it took several times longer
 * than streaming the 65,000 index rows. Dates travel as day numbers ({@code TO_DAYS}) so that banding
 * is integer comparison, and codes are numbers, so no row creates a string. The subtree is the one the
 * request names (checked against the caller's scope by OrgDirectory.findInScope); the kit adds the
 * caller's scope as well ({@link ScopedSql}), as a second {@code org_path LIKE '/1/12/%'} range on the same
 * index, so the scan stays index-only.
 */
@Component
class SubtreeScan {
    /** {@code TO_DAYS('1970-01-01')}: MySQL's day number of the epoch. */
    private static final long TO_DAYS_EPOCH = 719_528;
    /**
     * Codes travel as small numbers: FIELD() gives an enum's position in the list bound from the enum
     * itself (1-based, 0 for NULL), the ethnicity its GB 3304 number, the education its GB/T 4658 number
     * (0 for NULL), whose tens digit is the level.
     */
    static final String SQL = "SELECT CAST(NULLIF(SUBSTRING_INDEX(SUBSTRING(org_path, :childFrom), '/', 1), '') AS UNSIGNED),"
            + " FIELD(state, :states), FIELD(standing, :standings), mobile, FIELD(gender, :genders), CAST(education AS UNSIGNED), CAST(ethnicity AS UNSIGNED),"
            + " TO_DAYS(birth_date), TO_DAYS(join_date) FROM member WHERE " + SubtreePaths.under("org_path", "path");

    private final JdbcClient jdbc;

    SubtreeScan(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void each(String path, LocalDate today, Consumer<CountedMember> tally) {
        long[] bornAfter = days(AgeBands.bornAfter(today));
        long[] periodStarts = days(AdmissionPeriods.starts());
        jdbc.sql(ScopedSql.of(SQL))
                .param("childFrom", path.length() + 1)
                .param("states", names(MembershipState.values()))
                .param("standings", names(PartyStanding.values()))
                .param("genders", names(Gender.values()))
                .param("path", path)
                .query(rs -> {
                    long child = rs.getLong(1);
                    Long childId = rs.wasNull() ? null : child;
                    tally.accept(new CountedMember(childId, rs.getInt(2) - 1, rs.getInt(3) - 1, rs.getBoolean(4),
                            rs.getInt(5) - 1, rs.getInt(6) / 10, rs.getInt(7), band(rs.getLong(8), bornAfter),
                            period(rs.getLong(9), periodStarts)));
                });
    }

    /** The first band whose limit the birth day is after; the last band when none. */
    static int band(long birthDay, long[] bornAfter) {
        for (int i = 0; i < bornAfter.length; i++) {
            if (birthDay > bornAfter[i]) {
                return i;
            }
        }
        return bornAfter.length;
    }

    /** How many period starts the admission day has reached. */
    static int period(long joinDay, long[] starts) {
        int period = 0;
        while (period < starts.length && joinDay >= starts[period]) {
            period++;
        }
        return period;
    }

    /** An enum's names in declaration order: FIELD() then gives each value's ordinal + 1. */
    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static long[] days(List<LocalDate> dates) {
        return dates.stream().mapToLong(d -> d.toEpochDay() + TO_DAYS_EPOCH).toArray();
    }
}
