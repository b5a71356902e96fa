package org.dangjian.org.auth.wechat;

import java.util.List;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.org.account.Account;
import org.dangjian.org.account.AccountMapper;
import org.dangjian.org.audit.AuditAction;
import org.dangjian.org.audit.AuditLog;
import org.dangjian.org.auth.LoginService;
import org.dangjian.org.auth.TokenResponse;
import org.dangjian.org.auth.sms.SmsLogin;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Mini-program login: WeChat names the user (open id); a bound open id logs in its member account. An
 * unbound one gets a bind ticket and binds once with phone and SMS code, which proves the member holds
 * the phone of the account.
 */
@Service
public class WechatLogin {
    public static final String WECHAT_NOT_BOUND = "WECHAT_NOT_BOUND";

    private final WechatClient wechat;
    private final BindTickets tickets;
    private final JdbcClient jdbc;
    private final AccountMapper accounts;
    private final LoginService logins;
    private final SmsLogin sms;
    private final AuditLog audit;
    private final WechatProperties props;
    private final WechatBindings bindings;

    public WechatLogin(WechatClient wechat, BindTickets tickets, JdbcClient jdbc, AccountMapper accounts,
                       LoginService logins, SmsLogin sms, AuditLog audit, WechatProperties props,
                       WechatBindings bindings) {
        this.wechat = wechat;
        this.tickets = tickets;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.logins = logins;
        this.sms = sms;
        this.audit = audit;
        this.props = props;
        this.bindings = bindings;
    }

    public TokenResponse login(String code) {
        String openId;
        try {
            openId = wechat.openId(code);
        } catch (ApiException refused) {
            audit.failure(AuditAction.LOGIN_WECHAT, null, null, refused.code());
            throw refused;
        }
        Account account = boundAccount(openId);
        if (account == null) {
            audit.failure(AuditAction.LOGIN_WECHAT, null, null, WECHAT_NOT_BOUND);
            throw new WechatNotBound(tickets.issue(openId), props.bindTicketTtl().toSeconds());
        }
        logins.audited(AuditAction.LOGIN_WECHAT, account);
        return logins.issueFor(account);
    }

    public TokenResponse bind(String ticket, String phone, String code) {
        String openId = tickets.openId(ticket);
        if (openId == null) {
            throw logins.refusedLogin(AuditAction.WECHAT_BIND, null, null, "WECHAT_BIND_TICKET_INVALID");
        }
        Account account = sms.checkCode(AuditAction.WECHAT_BIND, phone, code);
        try {
            bindings.bind(openId, account);
        } catch (DuplicateKeyException alreadyBound) {
            audit.failure(AuditAction.WECHAT_BIND, account.getId(), account.getUsername(), "WECHAT_ALREADY_BOUND");
            throw new ApiException(HttpStatus.CONFLICT, "WECHAT_ALREADY_BOUND");
        }
        tickets.consume(ticket);
        audit.success(AuditAction.WECHAT_BIND, account.getId(), account.getUsername(), null);
        return logins.issueFor(account);
    }

    private Account boundAccount(String openId) {
        List<Long> ids = jdbc.sql("SELECT account_id FROM wechat_binding WHERE openid = ?").param(openId)
                .query(Long.class).list();
        if (ids.isEmpty()) {
            return null;
        }
        Account account = accounts.selectById(ids.get(0));
        return account != null && "ACTIVE".equals(account.getStatus()) ? account : null;
    }
}
