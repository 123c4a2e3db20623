package io.gatehouse.sts;

import io.gatehouse.core.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Issues temporary credentials: an {@code ASIA…} access key id naming its account
 * ({@link AccessKeyIds}), a fresh 40-character secret, and
 * a session token sealing both with the session's identity (see {@link SessionTokenCodec}).
 * Nothing is stored: the token is the session.
 */
@ApplicationScoped
public class SessionIssuer {

    private final SessionTokenCodec codec;
    private final Ids ids;
    private final Clock clock;

    public SessionIssuer(SessionTokenCodec codec, Ids ids, Clock clock) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public TemporaryCredentials issue(SessionGrant grant) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expires = now.plus(grant.duration());
        String accessKeyId = AccessKeyIds.temporary(grant.accountId(), ids.bytes(10));
        String secret = ids.token(30);
        SessionClaims claims = new SessionClaims(SessionClaims.CURRENT_VERSION, accessKeyId, secret,
                grant.accountId(), grant.principalArn(), grant.type(), grant.userId(), now, expires, grant.mfaAt(),
                grant.roleArn(), grant.sessionPolicies(), grant.tags(), grant.transitiveTagKeys(),
                grant.sourceIdentity(), grant.federatingUserArn());
        return new TemporaryCredentials(accessKeyId, secret, codec.encode(claims), expires);
    }
}
