package org.dangjian.auth.contract;

/**
 * Claim names of the access tokens org-service issues. The issuer and every verifier (gateway and
 * services) read the same names from here, so a rename cannot silently break one side.
 */
public final class TokenClaims {
    public static final String ISSUER = "dangjian-cloud";
    public static final String ACCOUNT_ID = "sub";
    public static final String USERNAME = "preferred_username";
    public static final String ORG_ID = "org_id";
    public static final String ORG_PATH = "org_path";
    public static final String ROLES = "roles";
    public static final String MEMBER_ID = "member_id";
    /**
     * The recruitment case of an applicant's account (role {@code APPLICANT}); a member admitted through
     * recruitment keeps it beside {@link #MEMBER_ID}.
     */
    public static final String APPLICANT_ID = "applicant_id";
    /** Set on a token that may only change the account's password. */
    public static final String SCOPE = "scope";
    public static final String SCOPE_PASSWORD_CHANGE = "password-change";
    /**
     * A service's token (one service calling another) has the subject {@code service:<name>}, the role
     * {@link #SERVICE_ROLE} and no organisation; account ids are numbers, so the two cannot be confused.
     */
    public static final String SERVICE_SUBJECT_PREFIX = "service:";
    public static final String SERVICE_ROLE = "SERVICE";
    /** Where a service trades its name and secret for a token (org-service, outside the gateway's /api). */
    public static final String SERVICE_TOKEN_PATH = "/internal/auth/service-token";

    private TokenClaims() {
    }
}
