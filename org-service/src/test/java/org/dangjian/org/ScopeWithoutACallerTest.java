package org.dangjian.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dangjian.kit.security.scope.DataScope;
import org.dangjian.kit.security.scope.UnscopedQueryException;
import org.dangjian.kit.servicetest.ServiceApiTest;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.org.account.AccountQuery;
import org.dangjian.org.tree.Org;
import org.dangjian.org.tree.OrgMapper;
import org.dangjian.org.venue.VenueMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Deny by default: work with no person calling (a consumer, a job, a public route) that reads
 * organisation-owned data without declaring why fails, through a mapper as through a reporting query,
 * instead of reading every branch's rows. The declared opt-out reads them.
 */
@TestPropertySource(properties = "dj.admin.password=" + OrgApiTest.ADMIN_PASSWORD)
class ScopeWithoutACallerTest extends ServiceApiTest {
    @Autowired
    OrgMapper orgs;
    @Autowired
    VenueMapper venues;
    @Autowired
    AccountQuery accounts;

    @Test
    void aQueryOnOrganisationOwnedDataWithoutACallerFails() {
        long rootId = rootId();

        assertThatThrownBy(() -> orgs.selectById(rootId))
                .as("a mapper query on org_unit").satisfies(ScopeWithoutACallerTest::unscoped);
        assertThatThrownBy(() -> venues.selectList(null))
                .as("a mapper query on venue").satisfies(ScopeWithoutACallerTest::unscoped);
        assertThatThrownBy(() -> accounts.find(new AccountQuery.Filter(null, false, null, null, null), PageQuery.of(1, 10)))
                .as("a reporting query joining org_unit").satisfies(ScopeWithoutACallerTest::unscoped);
    }

    @Test
    void workThatDeclaresWhyReadsEveryOrganisation() {
        long rootId = rootId();

        Org root = DataScope.unscoped("test: reads the root as a start-up job would", () -> orgs.selectById(rootId));

        assertThat(root.getId()).isEqualTo(rootId);
        assertThat(root.getPath()).isEqualTo("/" + rootId + "/");
    }

    /** The failure names the missing scope, however many layers (MyBatis, Spring) wrap it. */
    private static void unscoped(Throwable thrown) {
        Throwable cause = thrown;
        while (cause != null && !(cause instanceof UnscopedQueryException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("UnscopedQueryException in the cause chain of " + thrown).isNotNull();
    }

    private long rootId() {
        return jdbc.queryForObject("SELECT id FROM org_unit WHERE parent_id IS NULL", Long.class);
    }
}
