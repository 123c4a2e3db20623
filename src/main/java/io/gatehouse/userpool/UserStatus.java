package io.gatehouse.userpool;

/** Cognito user statuses. */
public enum UserStatus {
    UNCONFIRMED, CONFIRMED, FORCE_CHANGE_PASSWORD, RESET_REQUIRED
}
