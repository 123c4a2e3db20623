package io.gatehouse.authorize;

import io.gatehouse.auth.Caller;
import io.gatehouse.iam.DecidingStatement;
import java.util.List;
import java.util.Objects;

/**
 * Gatehouse's answer to a resource server. {@code authenticated} false means the caller's proof
 * failed (answer your client 401); otherwise {@code allowed} says whether to serve it or answer
 * 403. {@code reason} is a stable token: {@code Allowed}, {@code ExplicitDeny}, {@code ImplicitDeny},
 * {@code PrincipalInAnotherAccount}, or the authentication failure's AWS error name
 * ({@code SignatureDoesNotMatch}, {@code InvalidClientTokenId}, {@code ExpiredToken}…); {@code message}
 * says it in words. {@code principal} is null when the caller is not authenticated;
 * {@code encodedMessage} is set for policy denials only.
 */
public record AuthorizationAnswer(boolean authenticated, boolean allowed, Caller principal, String reason,
                                  String message, List<DecidingStatement> matchedStatements, String encodedMessage) {

    public AuthorizationAnswer {
        Objects.requireNonNull(reason, "reason");
        matchedStatements = List.copyOf(matchedStatements);
    }

    static AuthorizationAnswer unauthenticated(String reason, String message) {
        return new AuthorizationAnswer(false, false, null, reason, message, List.of(), null);
    }
}
