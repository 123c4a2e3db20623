package io.gatehouse.oidc.message;

/** Claim names of Gatehouse tokens, spelled as Cognito spells them. */
public final class ClaimNames {

    public static final String TOKEN_USE = "token_use";
    public static final String COGNITO_USERNAME = "cognito:username";
    public static final String COGNITO_GROUPS = "cognito:groups";
    public static final String COGNITO_ROLES = "cognito:roles";
    public static final String COGNITO_PREFERRED_ROLE = "cognito:preferred_role";
    public static final String USERNAME = "username";
    public static final String CLIENT_ID = "client_id";
    public static final String SCOPE = "scope";
    public static final String ORIGIN_JTI = "origin_jti";
    public static final String AUTH_TIME = "auth_time";
    public static final String NONCE = "nonce";
    public static final String AT_HASH = "at_hash";
    public static final String AMR = "amr";
    public static final String EMAIL = "email";
    public static final String EMAIL_VERIFIED = "email_verified";
    public static final String VERSION = "version";
    public static final String USE_ID = "id";
    public static final String USE_ACCESS = "access";

    private ClaimNames() {
    }
}
