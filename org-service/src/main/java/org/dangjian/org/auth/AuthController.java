package org.dangjian.org.auth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
public class AuthController {
    private final LoginService logins;
    private final PasswordChange passwordChange;
    private final SigningKeys keys;

    public AuthController(LoginService logins, PasswordChange passwordChange, SigningKeys keys) {
        this.logins = logins;
        this.passwordChange = passwordChange;
        this.keys = keys;
    }

    public record LoginRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {
    }

    public record RefreshRequest(@NotBlank String refreshToken) {
    }

    public record LogoutRequest(String refreshToken) {
    }

    public record PasswordChangeRequest(@NotBlank @Size(max = 128) String oldPassword,
                                        @NotBlank @Size(max = 128) String newPassword) {
    }

    public record Me(long accountId, String username, Long orgId, String orgPath, Set<String> roles, Long memberId) {
    }

    @PostMapping("/login")
    public TokenResponse login(@Valid @RequestBody LoginRequest request) {
        return logins.login(request.username(), request.password());
    }

    @PostMapping("/refresh")
    public TokenResponse refresh(@Valid @RequestBody RefreshRequest request) {
        return logins.refresh(request.refreshToken());
    }

    /** The one route a first-login (password-change) token may call; answers a fresh full token pair. */
    @PostMapping("/password")
    public TokenResponse changePassword(@Valid @RequestBody PasswordChangeRequest request) {
        return passwordChange.change(CurrentUsers.get(), request.oldPassword(), request.newPassword());
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void logout(@AuthenticationPrincipal Jwt token, @RequestBody(required = false) LogoutRequest request) {
        logins.logout(token, request == null ? null : request.refreshToken());
    }

    @GetMapping("/jwks")
    public ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
                .body(keys.publicJwks());
    }

    @GetMapping("/me")
    public Me me() {
        CurrentUser user = CurrentUsers.get();
        return new Me(user.accountId(), user.username(), user.orgId(), user.orgPath(), user.roles(), user.memberId());
    }
}
