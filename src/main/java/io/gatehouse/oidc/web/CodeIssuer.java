package io.gatehouse.oidc.web;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.crypto.SecretDigest;
import io.gatehouse.core.Ids;
import io.gatehouse.oidc.AuthorizationCode;
import io.gatehouse.oidc.AuthorizationCodeStore;
import io.gatehouse.oidc.OidcConfig;
import io.gatehouse.oidc.message.AuthorizationRequest;
import io.gatehouse.userpool.PoolUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Issues an authorization code for a signed-in user: a 256-bit random value handed to the client
 * once, stored only as its SHA-256 together with everything the token endpoint must check
 * (client, redirect URI, PKCE challenge) and put in the tokens (scope, nonce, auth_time, amr).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2">RFC 6749 §4.1.2</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-10.10">RFC 6749 §10.10</a>
 */
@ApplicationScoped
class CodeIssuer {

    private final AuthorizationCodeStore codes;
    private final OidcConfig config;
    private final AuditLog audit;
    private final Ids ids;
    private final Clock clock;

    CodeIssuer(AuthorizationCodeStore codes, OidcConfig config, AuditLog audit, Ids ids, Clock clock) {
        this.codes = codes;
        this.config = config;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    String issue(AuthorizationRequest request, PoolUser user, Instant authTime, List<String> amr) {
        String code = ids.token(32);
        Instant expiresAt = clock.instant().plus(config.authorizationCodeLifetime());
        codes.save(new AuthorizationCode(SecretDigest.sha256Hex(code), user.poolId(), request.clientId(), user.sub(),
                request.redirectUri(), request.scope(), request.nonce(), request.codeChallenge(), authTime, amr,
                expiresAt, null));
        audit.record(AuditEntry.success("authorize.code.issue").withPool(user.poolId()).withActor(request.clientId())
                .withTarget(user.username()));
        return code;
    }
}
