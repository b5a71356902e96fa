package org.dangjian.member.excel;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.figures.FiguresGeneration;
import org.dangjian.member.record.Member;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Inserts many members with JDBC batches and sets their generated ids (the events need them). The
 * connection runs with {@code rewriteBatchedStatements=true} (see embedded-infra's {@code JdbcUrls} and
 * the deployment's {@code DJ_JDBC_OPTIONS}), so Connector/J sends each batch as multi-row INSERTs
 * instead of one round trip per row, and still returns every generated key.
 */
@Component
class MemberBatchInsert {
    /** Rows per batch: few round trips, and well inside the default packet size once rewritten. */
    static final int CHUNK = 1000;
    private static final String INSERT = "INSERT INTO member (org_id, org_path, party_group, name, gender, ethnicity,"
            + " birth_date, native_place, id_number_enc, id_number_idx, id_number_masked, phone_enc, phone_idx,"
            + " phone_masked, education, education_mode, degree, occupation, work_unit, standing, state, mobile, join_date,"
            + " full_date, notes, created_by, created_at, updated_at, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

    private final JdbcTemplate jdbc;
    private final FiguresGeneration statistics;

    MemberBatchInsert(JdbcTemplate jdbc, FiguresGeneration statistics) {
        this.jdbc = jdbc;
        this.statistics = statistics;
    }

    void insertAll(List<Member> members) {
        for (int from = 0; from < members.size(); from += CHUNK) {
            insert(members.subList(from, Math.min(members.size(), from + CHUNK)));
        }
        // Plain JDBC passes by the MyBatis hook that retires cached statistics.
        statistics.changed();
    }

    private void insert(List<Member> chunk) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(con -> con.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        bind(ps, chunk.get(i));
                    }

                    @Override
                    public int getBatchSize() {
                        return chunk.size();
                    }
                }, keys);
        List<Map<String, Object>> generated = keys.getKeyList();
        if (generated.size() != chunk.size()) {
            throw new IllegalStateException("expected " + chunk.size() + " generated ids, got " + generated.size());
        }
        for (int i = 0; i < chunk.size(); i++) {
            chunk.get(i).setId(((Number) generated.get(i).values().iterator().next()).longValue());
        }
    }

    private static void bind(PreparedStatement ps, Member m) throws SQLException {
        int i = 0;
        ps.setLong(++i, m.getOrgId());
        ps.setString(++i, m.getOrgPath());
        ps.setString(++i, m.getPartyGroup());
        ps.setString(++i, m.getName());
        ps.setString(++i, m.getGender().name());
        ps.setString(++i, m.getEthnicity());
        date(ps, ++i, m.getBirthDate());
        ps.setString(++i, m.getNativePlace());
        ps.setString(++i, m.getIdNumberEnc());
        ps.setString(++i, m.getIdNumberIdx());
        ps.setString(++i, m.getIdNumberMasked());
        ps.setString(++i, m.getPhoneEnc());
        ps.setString(++i, m.getPhoneIdx());
        ps.setString(++i, m.getPhoneMasked());
        ps.setString(++i, m.getEducation());
        ps.setString(++i, m.getEducationMode() == null ? null : m.getEducationMode().name());
        ps.setString(++i, m.getDegree() == null ? null : m.getDegree().name());
        ps.setString(++i, m.getOccupation());
        ps.setString(++i, m.getWorkUnit());
        ps.setString(++i, m.getStanding().name());
        ps.setString(++i, m.getState().name());
        ps.setBoolean(++i, m.isMobile());
        date(ps, ++i, m.getJoinDate());
        date(ps, ++i, m.getFullDate());
        ps.setString(++i, m.getNotes());
        if (m.getCreatedBy() == null) {
            ps.setNull(++i, Types.BIGINT);
        } else {
            ps.setLong(++i, m.getCreatedBy());
        }
        ps.setObject(++i, m.getCreatedAt());
        ps.setObject(++i, m.getUpdatedAt());
    }

    private static void date(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, date);
        }
    }
}
