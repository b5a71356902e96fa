package org.dangjian.transfer.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.kit.codes.Regions;
import org.dangjian.transfer.codes.ExternalPlace;
import org.dangjian.transfer.codes.TransferReasons;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * V11: existing transfers get their codes without losing a word. The reason: the code its wording names, or
 * 99 其他; the wording stays as the note unless it is the label itself. The outside address: when its text starts
 * with a known division, that region, the rest as street detail (the names plus the detail give the text back), and
 * across provinces derived from the region against the city's; otherwise the text stays as it was, with no region,
 * and the flag as it was ticked. Letters already issued keep the validity printed on them.
 */
public final class CodedReasonsAndPlaces implements JavaMigration {
    private final String cityRegion;

    public CodedReasonsAndPlaces(String cityRegion) {
        if (!Regions.isValid(cityRegion)) {
            throw new IllegalArgumentException("dj.transfer.city-region is not a GB/T 2260 code: " + cityRegion);
        }
        this.cityRegion = cityRegion;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("11");
    }

    @Override
    public String getDescription() {
        return "coded reasons and regions of existing transfers";
    }

    @Override
    public Integer getChecksum() {
        return 11;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        List<Row> rows = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, reason_note, external_address, kind FROM transfer")) {
            while (rs.next()) {
                rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        try (PreparedStatement reason = db.prepareStatement(
                     "UPDATE transfer SET reason_code = ?, reason_note = ? WHERE id = ?");
             PreparedStatement place = db.prepareStatement(
                     "UPDATE transfer SET external_region = ?, external_address = ?, across_provinces = ? WHERE id = ?")) {
            for (Row row : rows) {
                String code = TransferReasons.recognise(row.reason());
                reason.setString(1, code);
                reason.setString(2, TransferReasons.label(code).equals(row.reason()) ? null : row.reason());
                reason.setLong(3, row.id());
                reason.addBatch();
                ExternalPlace read = "IN_CITY".equals(row.kind()) ? null : ExternalPlace.read(row.address());
                if (read != null && read.region() != null) {
                    place.setString(1, read.region());
                    place.setString(2, read.detail());
                    place.setBoolean(3, !Regions.sameProvince(cityRegion, read.region()));
                    place.setLong(4, row.id());
                    place.addBatch();
                }
            }
            reason.executeBatch();
            place.executeBatch();
        }
        try (Statement s = db.createStatement()) {
            s.execute("ALTER TABLE transfer MODIFY reason_code VARCHAR(4) NOT NULL");
        }
    }

    private record Row(long id, String reason, String address, String kind) {
    }
}
