package io.gatehouse.sts;

import io.gatehouse.iam.InlinePolicyService;
import io.gatehouse.iam.PrincipalType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Revokes every live session of a role, as the IAM console's "Revoke active sessions" does: it
 * puts (or replaces) the role's inline policy {@value #POLICY_NAME}, which denies every action to
 * sessions whose {@code aws:TokenIssueTime} is before now. Session tokens are self-contained, so a
 * deny evaluated on each request is how a token stops working before it expires; sessions started
 * afterwards are not affected. The cut-off is rounded up to the next second (issue times are whole
 * seconds), so a session issued in the same second as the revocation is revoked too.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_revoke-sessions.html">Revoking IAM role temporary security credentials</a>
 */
@ApplicationScoped
public class SessionRevocation {

    public static final String POLICY_NAME = "AWSRevokeOlderSessions";

    private final InlinePolicyService policies;
    private final Clock clock;

    public SessionRevocation(InlinePolicyService policies, Clock clock) {
        this.policies = Objects.requireNonNull(policies, "policies");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Revokes the sessions of {@code roleName} issued until now; returns the cut-off time. */
    public Instant revokeOlderSessions(String accountId, String actorArn, String roleName) {
        Instant now = clock.instant();
        Instant cutOff = now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        policies.put(accountId, actorArn, PrincipalType.ROLE, roleName, POLICY_NAME, document(cutOff));
        return cutOff;
    }

    /** AWS's policy, with its condition on the token's issue time. */
    static String document(Instant cutOff) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":[\"*\"],\"Resource\":[\"*\"],"
                + "\"Condition\":{\"DateLessThan\":{\"aws:TokenIssueTime\":\""
                + DateTimeFormatter.ISO_INSTANT.format(cutOff) + "\"}}}]}";
    }
}
