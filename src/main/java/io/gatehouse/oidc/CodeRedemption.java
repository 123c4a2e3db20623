package io.gatehouse.oidc;

import io.gatehouse.crypto.SecretDigest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Burns an authorization code in its own transaction, so a code is spent even when the request
 * that presented it fails later (wrong verifier, wrong redirect URI): a code gets one try.
 */
@ApplicationScoped
public class CodeRedemption {

    private final AuthorizationCodeStore codes;
    private final Clock clock;

    public CodeRedemption(AuthorizationCodeStore codes, Clock clock) {
        this.codes = codes;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AuthorizationCodeStore.Consumed consume(String code, String familyId) {
        return codes.consume(SecretDigest.sha256Hex(code), clock.instant(), familyId);
    }
}
