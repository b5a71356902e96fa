package org.dangjian.org.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.dangjian.kit.security.scope.DataScope;
import org.dangjian.kit.servicetest.ServiceApiTest;
import org.dangjian.org.tree.OrgMapper;
import org.dangjian.org.tree.OrgService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first administrator, as a fresh installation creates it. */
class AdminBootstrapTest extends ServiceApiTest {
    @Autowired
    AccountMapper accounts;
    @Autowired
    AccountService accountService;
    @Autowired
    OrgMapper orgs;
    @Autowired
    OrgService orgService;
    @Autowired
    PasswordEncoder passwords;

    private boolean mustChangeAfterBootstrapWith(String configuredPassword) {
        Boolean[] mustChange = new Boolean[1];
        // in a transaction rolled back: the shared schema's administrator stays as the other tests know it
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.update("UPDATE account SET username = 'admin-aside' WHERE username = 'admin'");
            // a fresh instance, not the context's bean: @Unscoped works on beans, so say it here as start-up does
            DataScope.unscoped("the start-up bootstrap, run again", () -> new AdminBootstrap(accounts, accountService,
                    orgs, orgService, passwords, tx, configuredPassword, "市委").run(null));
            mustChange[0] = jdbc.queryForObject("SELECT must_change_password FROM account WHERE username = 'admin'",
                    Boolean.class);
        });
        return mustChange[0];
    }

    @Test
    void aGeneratedAdministratorPasswordMustBeChangedAtTheFirstLogin() {
        assertThat(mustChangeAfterBootstrapWith("")).as("printed in the log: known to whoever reads it").isTrue();
    }

    @Test
    void aPasswordTheOperatorChoseIsKept() {
        assertThat(mustChangeAfterBootstrapWith("Operator-Chose-2026")).isFalse();
    }
}
