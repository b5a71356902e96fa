package org.dangjian.org.account;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.security.SecureRandom;
import java.util.Set;
import org.dangjian.kit.security.scope.Unscoped;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.org.tree.Org;
import org.dangjian.org.tree.OrgMapper;
import org.dangjian.org.tree.OrgService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On first start: the root organisation (the city committee) and the city administrator {@code admin}.
 * The password is {@code DJ_ADMIN_PASSWORD}, or generated and printed once, and then changed at the first login;
 * there is no default.
 */
@Component
class AdminBootstrap implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    static final String ADMIN = "admin";

    private final AccountMapper accounts;
    private final AccountService accountService;
    private final OrgMapper orgs;
    private final OrgService orgService;
    private final PasswordEncoder passwords;
    private final TransactionTemplate tx;
    private final String configuredPassword;
    private final String rootName;

    AdminBootstrap(AccountMapper accounts, AccountService accountService, OrgMapper orgs, OrgService orgService,
                   PasswordEncoder passwords, TransactionTemplate tx,
                   @Value("${dj.admin.password:}") String configuredPassword,
                   @Value("${dj.org.root-name:市委}") String rootName) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.orgs = orgs;
        this.orgService = orgService;
        this.passwords = passwords;
        this.tx = tx;
        this.configuredPassword = configuredPassword;
        this.rootName = rootName;
    }

    @Unscoped("first start-up, before any account exists: finds or creates the root organisation"
            + " to put the city administrator in")
    @Override
    public void run(ApplicationArguments args) {
        if (accounts.findByUsername(ADMIN) != null) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? generatePassword() : configuredPassword;
        PasswordPolicy.violation(password).ifPresent(code -> {
            throw new IllegalStateException("DJ_ADMIN_PASSWORD is too weak (" + code + "): use at least "
                    + PasswordPolicy.MIN_LENGTH + " characters from three of lower, upper, digits, symbols");
        });
        try {
            tx.executeWithoutResult(status -> {
                Org root = orgs.selectOne(new LambdaQueryWrapper<Org>()
                        .isNull(Org::getParentId).last("LIMIT 1"));
                if (root == null) {
                    root = orgService.createRoot(rootName);
                }
                Account admin = new Account();
                admin.setUsername(ADMIN);
                admin.setDisplayName("系统管理员");
                admin.setPasswordHash(passwords.encode(password));
                admin.setOrgId(root.getId());
                admin.setRoles(Account.joinRoles(Set.of(Role.CITY_ADMIN)));
                // a password printed in a log is known to whoever reads the log: its first use must replace it
                admin.setMustChangePassword(generated);
                accountService.insert(admin);
            });
        } catch (ApiException usernameTaken) {
            return; // another replica bootstrapped first
        }
        if (generated) {
            log.warn("Generated admin password: {}", password);
        }
    }

    private static String generatePassword() {
        String lower = "abcdefghijkmnpqrstuvwxyz";
        String upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        String digits = "23456789";
        String all = lower + upper + digits;
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        sb.append(lower.charAt(random.nextInt(lower.length())));
        sb.append(upper.charAt(random.nextInt(upper.length())));
        sb.append(digits.charAt(random.nextInt(digits.length())));
        while (sb.length() < 16) {
            sb.append(all.charAt(random.nextInt(all.length())));
        }
        return sb.toString();
    }
}
