package io.gatehouse.oidc.token;

/**
 * Why a user's tokens are being issued, as Cognito's pre token generation trigger sources name it:
 * the hosted login's code flow, an app sign-in (InitiateAuth / RespondToAuthChallenge), or a refresh.
 */
public enum TokenOccasion {
    HOSTED_AUTH,
    AUTHENTICATION,
    REFRESH_TOKENS
}
