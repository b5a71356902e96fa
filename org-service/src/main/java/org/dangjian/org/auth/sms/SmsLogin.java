package org.dangjian.org.auth.sms;

import java.time.Clock;
import java.time.Instant;
import org.dangjian.contracts.auth.AuthLoginCodeRequested;
import org.dangjian.kit.crypto.Masking;
import org.dangjian.kit.crypto.EventSeal;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.org.account.Account;
import org.dangjian.org.account.AccountMapper;
import org.dangjian.org.account.AccountPhones;
import org.dangjian.org.audit.AuditAction;
import org.dangjian.org.auth.AuthProperties;
import org.dangjian.org.auth.LoginService;
import org.dangjian.org.auth.TokenResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members and applicants (the account recruitment opened for them) log in with their phone and a one-time code that notify-service sends by SMS. Asking for a
 * code looks the same whether or not the phone belongs to a member (no account enumeration), and each
 * phone may ask once a minute either way.
 */
@Service
public class SmsLogin {
    public static final String LOGIN_CODE_INVALID = "LOGIN_CODE_INVALID";
    public static final String LOGIN_CODE_TOO_FREQUENT = "LOGIN_CODE_TOO_FREQUENT";

    private final AccountMapper accounts;
    private final AccountPhones phones;
    private final LoginCodes codes;
    private final EventOutbox outbox;
    private final EventSeal seal;
    private final LoginService logins;
    private final AuthProperties props;
    private final Clock clock;

    public SmsLogin(AccountMapper accounts, AccountPhones phones, LoginCodes codes, EventOutbox outbox,
                    EventSeal seal, LoginService logins, AuthProperties props, Clock clock) {
        this.accounts = accounts;
        this.phones = phones;
        this.codes = codes;
        this.outbox = outbox;
        this.seal = seal;
        this.logins = logins;
        this.props = props;
        this.clock = clock;
    }

    /** Stores a code and asks notify-service (through the outbox) to send it, if the phone is a member's. */
    @Transactional
    public void requestCode(String phone) {
        String idx = phones.index(phone);
        if (!codes.takeRequestSlot(idx)) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, LOGIN_CODE_TOO_FREQUENT);
        }
        Account account = memberWithPhone(idx);
        if (account == null) {
            return;
        }
        String code = codes.issue(idx);
        // phone and code travel sealed: the outbox table and the topic keep events for days
        outbox.add(new AuthLoginCodeRequested(account.getId(), seal.seal(phone.trim()), seal.seal(code),
                Instant.now(clock).plus(props.loginCodeTtl())));
    }

    public TokenResponse login(String phone, String code) {
        Account account = checkCode(AuditAction.LOGIN_SMS, phone, code);
        logins.audited(AuditAction.LOGIN_SMS, account);
        return logins.issueFor(account);
    }

    /**
     * The member account whose phone this is, once {@code code} proved the caller holds the phone;
     * otherwise a 401 {@code LOGIN_CODE_INVALID}, on record under {@code action}.
     */
    public Account checkCode(AuditAction action, String phone, String code) {
        String idx = phones.index(phone);
        Account account = memberWithPhone(idx);
        if (account == null || !codes.verify(idx, code)) {
            throw logins.refusedLogin(action, account == null ? null : account.getId(),
                    account == null ? Masking.phone(phone.trim()) : account.getUsername(), LOGIN_CODE_INVALID);
        }
        return account;
    }

    private Account memberWithPhone(String phoneIdx) {
        Account account = accounts.findMiniProgramByPhoneIdx(phoneIdx);
        return account != null && "ACTIVE".equals(account.getStatus()) ? account : null;
    }
}
