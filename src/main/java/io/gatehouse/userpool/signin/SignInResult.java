package io.gatehouse.userpool.signin;

import io.gatehouse.userpool.PoolUser;
import java.time.Instant;
import java.util.List;

/** A completed sign-in: who, when, and the authentication methods used (OIDC {@code amr} values). */
public record SignInResult(PoolUser user, Instant authTime, List<String> amr) {

    public SignInResult {
        amr = List.copyOf(amr);
    }
}
