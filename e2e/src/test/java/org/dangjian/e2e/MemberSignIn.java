package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

/** A member (or an applicant) signs in as the mini-program does: an SMS code to their phone, read here from the code event. */
final class MemberSignIn {
    private MemberSignIn() {
    }

    /** The member's session (renewed with its refresh token when the short test-run access token expires). */
    static Api.Session session(TransferTree tree, long memberId, String phone) {
        // org-service opens the member's account when member.registered reaches it
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> tree.city
                .get("/api/auth/audit?username=m" + memberId + "&action=ACCOUNT_CREATE").body().get("total").asInt() > 0);
        return sms(tree, phone);
    }

    /** Whoever holds the account of this phone (a member, an applicant), signed in by SMS code. */
    static Api.Session sms(TransferTree tree, String phone) {
        Api.Reply requested = tree.api.send("POST", "/api/auth/sms-code", Map.of("phone", phone), null, Map.of());
        assertThat(requested.status()).as(requested.raw().body()).isEqualTo(202);
        String code = Events.awaitOpened("dj.auth.v1", "dj.auth.login-code-requested.v1",
                e -> phone.equals(e.path("phone").asString()), Duration.ofSeconds(30)).get("code").asString();
        Api.Reply signedIn = tree.api.send("POST", "/api/auth/sms-login", Map.of("phone", phone, "code", code), null, Map.of());
        assertThat(signedIn.status()).as(signedIn.raw().body()).isEqualTo(200);
        return tree.api.session(signedIn);
    }
}
