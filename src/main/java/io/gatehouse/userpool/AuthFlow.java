package io.gatehouse.userpool;

/** The sign-in flows an app client may use (Cognito's ExplicitAuthFlows, without the ALLOW_ prefix). */
public enum AuthFlow {
    USER_PASSWORD_AUTH,
    USER_SRP_AUTH,
    REFRESH_TOKEN_AUTH,
    ADMIN_USER_PASSWORD_AUTH;

    private static final String PREFIX = "ALLOW_";

    /** The ExplicitAuthFlows spelling, e.g. {@code ALLOW_USER_SRP_AUTH}. */
    public String explicitName() {
        return PREFIX + name();
    }

    /**
     * Parses either spelling, and Cognito's other names: {@code ADMIN_NO_SRP_AUTH} (legacy name of
     * ADMIN_USER_PASSWORD_AUTH) and {@code REFRESH_TOKEN} (an InitiateAuth alias of REFRESH_TOKEN_AUTH).
     */
    public static AuthFlow parse(String value) {
        String name = value.startsWith(PREFIX) ? value.substring(PREFIX.length()) : value;
        return switch (name) {
            case "ADMIN_NO_SRP_AUTH" -> ADMIN_USER_PASSWORD_AUTH;
            case "REFRESH_TOKEN" -> REFRESH_TOKEN_AUTH;
            default -> valueOf(name);
        };
    }
}
