package org.dangjian.org.account;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.Getter;
import org.dangjian.contracts.Anonymised;
import lombok.Setter;

@Getter
@Setter
@TableName("account")
public class Account {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String username;
    private String passwordHash;
    private String displayName;
    private Long orgId;
    /** Comma-separated role names. */
    private String roles;
    private Long memberId;
    /** The recruitment case an applicant's account was opened for; kept when it becomes the member's. */
    private Long applicantId;
    private Integer failedLogins;
    private LocalDateTime lockedUntil;
    private String status;
    /** The phone as {@code keyId:ciphertext}, its blind index, and the form responses show. */
    private String phoneEnc;
    private String phoneIdx;
    private String phoneMasked;
    /** Set for accounts an administrator created: their first token may only change the password. */
    private Boolean mustChangePassword;
    private LocalDateTime passwordChangedAt;
    /** TOTP or SMS when the account asks for a second factor after the password; null for the password alone. */
    private String secondFactor;
    /** The authenticator app's secret, encrypted; the last 30-second step whose code was accepted (each works once). */
    private String totpSecretEnc;
    private Long totpLastStep;
    private LocalDateTime secondFactorSince;
    private Long createdBy;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    /** Adds to {@code set} what takes the second factor off: the method, the app's secret, its last step, since when. */
    public static LambdaUpdateWrapper<Account> withoutSecondFactor(LambdaUpdateWrapper<Account> set) {
        return set.set(Account::getSecondFactor, null)
                .set(Account::getTotpSecretEnc, null)
                .set(Account::getTotpLastStep, null)
                .set(Account::getSecondFactorSince, null);
    }

    /**
     * Adds to {@code set} what takes the person off an account whose holder was anonymised after their retention
     * period (an applicant never admitted, a former member): the name and phone go, and the account stays disabled;
     * its id and username stay for the audit log.
     */
    public static LambdaUpdateWrapper<Account> withoutPerson(LambdaUpdateWrapper<Account> set) {
        return withoutSecondFactor(set).set(Account::getDisplayName, Anonymised.NAME)
                .set(Account::getPhoneEnc, null)
                .set(Account::getPhoneIdx, null)
                .set(Account::getPhoneMasked, null)
                .set(Account::getStatus, AccountStatus.DISABLED.name());
    }

    public Set<String> roleSet() {
        return Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public static String joinRoles(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    public boolean mustChangePassword() {
        return Boolean.TRUE.equals(mustChangePassword);
    }
}
