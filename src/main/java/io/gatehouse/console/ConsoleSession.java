package io.gatehouse.console;

import io.gatehouse.sts.TemporaryCredentials;
import java.util.Objects;

/**
 * A signed-in console session: the principal, its temporary credentials (usable as SigV4
 * credentials, and the session token alone as a bearer token on {@code /api/v1}), whether MFA was
 * proved, and whether the user must change its password before anything else.
 */
public record ConsoleSession(String accountId, String principalArn, TemporaryCredentials credentials,
                             boolean multiFactor, boolean passwordResetRequired) {

    public ConsoleSession {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(principalArn, "principalArn");
        Objects.requireNonNull(credentials, "credentials");
    }
}
