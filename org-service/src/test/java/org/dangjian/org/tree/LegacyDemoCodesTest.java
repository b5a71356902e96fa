package org.dangjian.org.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.dangjian.kit.servicetest.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Existing data migrates without loss: demo organisations loaded before issue 18 follow the one code format. */
// The administrator password of the other API tests (OrgApiTest.ADMIN_PASSWORD): one application context for all.
@TestPropertySource(properties = "dj.admin.password=Kunshan-2026-admin")
class LegacyDemoCodesTest extends ServiceApiTest {
    @Autowired
    LegacyDemoCodes migration;

    @Test
    void existingDemoCodesMoveToTheOneFormatAndTheStateOwnedAssetsCommitteeFilesUnderStateOwnedEnterprises() {
        String run = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        long root = jdbc.queryForObject("SELECT id FROM org_unit WHERE parent_id IS NULL", Long.class);
        long committee = legacyOrg(root, "/" + root + "/", "KS-GZ-" + run, "市国资系统党委", "COMMITTEE", "INSTITUTION");
        long branch = legacyOrg(committee, "/" + root + "/" + committee + "/", "KS-GZ-" + run + "-B001",
                "昆山某某公司党支部", "BRANCH", "INSTITUTION");
        long town = legacyOrg(root, "/" + root + "/", "KS-ZS" + run, "周市镇党委", "COMMITTEE", "TOWN");

        migration.run(null);

        assertThat(codeAndCategory(committee)).isEqualTo("320583-GZ-" + run + " STATE_OWNED_ENTERPRISE");
        assertThat(codeAndCategory(branch)).isEqualTo("320583-GZ-" + run + "-B001 STATE_OWNED_ENTERPRISE");
        assertThat(codeAndCategory(town)).isEqualTo("320583-ZS" + run + " TOWN");
        assertThat(jdbc.queryForObject("SELECT old_value FROM org_change WHERE org_id = ? AND field = 'code'",
                String.class, branch)).as("the history keeps the old code").isEqualTo("KS-GZ-" + run + "-B001");
        String event = jdbc.queryForObject("SELECT payload FROM dj_outbox WHERE event_type = 'dj.org.updated.v1'"
                + " AND aggregate_id = ? ORDER BY id DESC LIMIT 1", String.class, Long.toString(branch));
        assertThat(event).as("the other services' copies of the tree follow")
                .contains("320583-GZ-" + run + "-B001", "STATE_OWNED_ENTERPRISE");
    }

    private long legacyOrg(long parent, String parentPath, String code, String name, String type, String category) {
        jdbc.update("INSERT INTO org_unit (parent_id, path, depth, code, name, type, category, sort_order, status,"
                        + " created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 'ACTIVE', NOW(6), NOW(6), 0)",
                parent, parentPath, parentPath.split("/").length - 1, code, name, type, category);
        long id = jdbc.queryForObject("SELECT id FROM org_unit WHERE code = ?", Long.class, code);
        jdbc.update("UPDATE org_unit SET path = ? WHERE id = ?", parentPath + id + "/", id);
        return id;
    }

    private String codeAndCategory(long id) {
        return jdbc.queryForObject("SELECT CONCAT(code, ' ', category) FROM org_unit WHERE id = ?", String.class, id);
    }
}
