package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjian.member.record.codes.OccupationWords;
import org.dangjian.member.record.codes.RegionNames;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Issue 18 items 18, 19: the member record's codes come from the code-tables kit. A Java migration because
 * reading old free text as GB/T 2260 regions and occupation categories needs the kit's tables, which SQL has not.
 * <ul>
 * <li>学历: the six bands stored as enum names become their GB/T 4658 level codes (初中及以下, which had no finer
 * value, becomes 70 初级中学教育); full-time / in-service gets its own column ({@code education_mode}).</li>
 * <li>籍贯 and 职业: text that names exactly one region / one occupation category becomes its code; any other
 * text moves to {@code native_place_text} / {@code occupation_text}, where the record still shows it.</li>
 * </ul>
 * Nothing is lost: every changed value's old text is kept in the member's history (actor {@code migration:V30}).
 */
public class V30__member_codes extends BaseJavaMigration {
    static final String ACTOR = "migration:V30";
    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        try (Statement s = db.createStatement()) {
            s.execute("ALTER TABLE member"
                    + " ADD COLUMN native_place_text VARCHAR(100) NULL AFTER native_place,"
                    + " ADD COLUMN education_mode    VARCHAR(16)  NULL AFTER education,"
                    + " ADD COLUMN occupation_text   VARCHAR(50)  NULL AFTER occupation");
            String educationCode = "CASE education WHEN 'POSTGRADUATE' THEN '10' WHEN 'BACHELOR' THEN '20'"
                    + " WHEN 'COLLEGE' THEN '30' WHEN 'SECONDARY_VOCATIONAL' THEN '40' WHEN 'HIGH_SCHOOL' THEN '60'"
                    + " WHEN 'JUNIOR_OR_BELOW' THEN '70' ELSE education END";
            s.execute("INSERT INTO member_change (member_id, at, actor_username, field, old_value, new_value)"
                    + " SELECT id, NOW(6), '" + ACTOR + "', 'education', education, " + educationCode
                    + " FROM member WHERE education IS NOT NULL AND education <> " + educationCode);
            s.execute("UPDATE member SET education = " + educationCode + " WHERE education IS NOT NULL");
        }
        List<Recoded> rows = recode(db);
        write(db, rows);
        try (Statement s = db.createStatement()) {
            s.execute("ALTER TABLE member MODIFY native_place CHAR(6) NULL, MODIFY occupation VARCHAR(8) NULL");
        }
    }

    /** One row's old texts and what they become. */
    record Recoded(long id, String oldPlace, String place, String placeText, String oldOccupation, String occupation,
                   String occupationText) {
    }

    private static List<Recoded> recode(Connection db) throws SQLException {
        List<Recoded> rows = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, native_place, occupation FROM member"
                     + " WHERE native_place IS NOT NULL OR occupation IS NOT NULL")) {
            while (rs.next()) {
                String place = rs.getString(2);
                String occupation = rs.getString(3);
                Optional<String> placeCode = RegionNames.recognise(place);
                Optional<String> occupationCode = OccupationWords.recognise(occupation);
                rows.add(new Recoded(rs.getLong(1), place, placeCode.orElse(null),
                        place != null && placeCode.isEmpty() ? place : null, occupation, occupationCode.orElse(null),
                        occupation != null && occupationCode.isEmpty() ? occupation : null));
            }
        }
        return rows;
    }

    private static void write(Connection db, List<Recoded> rows) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE member SET native_place = ?, native_place_text = ?,"
                + " occupation = ?, occupation_text = ? WHERE id = ?");
             PreparedStatement history = db.prepareStatement("INSERT INTO member_change"
                     + " (member_id, at, actor_username, field, old_value, new_value) VALUES (?, NOW(6), ?, ?, ?, ?)")) {
            int pending = 0;
            for (Recoded r : rows) {
                update.setString(1, r.place());
                update.setString(2, r.placeText());
                update.setString(3, r.occupation());
                update.setString(4, r.occupationText());
                update.setLong(5, r.id());
                update.addBatch();
                if (r.place() != null && !r.place().equals(r.oldPlace())) {
                    addHistory(history, r.id(), "nativePlace", r.oldPlace(), r.place());
                }
                if (r.occupation() != null && !r.occupation().equals(r.oldOccupation())) {
                    addHistory(history, r.id(), "occupation", r.oldOccupation(), r.occupation());
                }
                if (++pending == BATCH) {
                    update.executeBatch();
                    history.executeBatch();
                    pending = 0;
                }
            }
            update.executeBatch();
            history.executeBatch();
        }
    }

    private static void addHistory(PreparedStatement history, long memberId, String field, String oldValue,
                                   String newValue) throws SQLException {
        history.setLong(1, memberId);
        history.setString(2, ACTOR);
        history.setString(3, field);
        history.setString(4, oldValue);
        history.setString(5, newValue);
        history.addBatch();
    }
}
