package org.dangjian.org.auth.sms;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.dangjian.org.account.AccountPhones;
import org.dangjian.org.auth.TokenResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Public routes: a member asks for a code, then logs in with it. */
@RestController
public class SmsLoginController {
    private final SmsLogin sms;

    public SmsLoginController(SmsLogin sms) {
        this.sms = sms;
    }

    public record CodeRequest(@NotBlank @Pattern(regexp = AccountPhones.PATTERN) String phone) {
    }

    public record SmsLoginRequest(@NotBlank @Pattern(regexp = AccountPhones.PATTERN) String phone,
                                  @NotBlank String code) {
    }

    /** 202 whether or not the phone is known: the answer never tells who is a member. */
    @PostMapping("/api/auth/sms-code")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public void requestCode(@Valid @RequestBody CodeRequest request) {
        sms.requestCode(request.phone());
    }

    @PostMapping("/api/auth/sms-login")
    public TokenResponse login(@Valid @RequestBody SmsLoginRequest request) {
        return sms.login(request.phone(), request.code());
    }
}
