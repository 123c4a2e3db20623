package io.gatehouse.sts;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.PrincipalType;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.iam.AuthorizationError;
import io.gatehouse.iam.AuthorizationRequest;
import io.gatehouse.iam.Authorizer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * GetFederationToken: temporary credentials for a federated user, started by an IAM user (or the
 * root user, which AWS allows but discourages) with its long-term key. The session acts with the
 * starting user's identity policies intersected with the session policies passed here; passing none
 * leaves the session without permissions, as AWS does ("if you do not pass a policy … the resulting
 * temporary security credentials have no permissions"). That case is carried as the
 * {@link #NO_PERMISSIONS} session policy, which allows nothing, so resource-based policies naming the
 * session can still grant it access. Session tags need {@code sts:TagSession}.
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_GetFederationToken.html">GetFederationToken</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_getfederationtoken.html">Permissions for GetFederationToken</a>
 */
@ApplicationScoped
public class FederationSessions {

    public static final Duration DEFAULT_DURATION = Duration.ofHours(12);
    public static final Duration MIN_DURATION = Duration.ofMinutes(15);
    public static final Duration MAX_USER_DURATION = Duration.ofHours(36);
    public static final Duration MAX_ROOT_DURATION = Duration.ofHours(1);
    /** A session policy with one statement that matches no action: the session may do nothing. */
    static final String NO_PERMISSIONS = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"NoSessionPolicyPassed\","
            + "\"Effect\":\"Deny\",\"NotAction\":\"*\",\"Resource\":\"*\"}]}";
    private static final Pattern NAME = Pattern.compile("[\\w+=,.@-]{2,32}");

    private final SessionPolicies policies;
    private final SessionIssuer issuer;
    private final Authorizer authorizer;
    private final AuditLog audit;

    public FederationSessions(SessionPolicies policies, SessionIssuer issuer, Authorizer authorizer, AuditLog audit) {
        this.policies = Objects.requireNonNull(policies, "policies");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /** The federated user session {@code caller} asks for; the caller's own {@code sts:GetFederationToken} is checked before. */
    public FederatedUser getFederationToken(Caller caller, FederationRequest request) {
        if (caller.temporarySession().isPresent()) {
            throw new GatehouseException(AuthorizationError.ACCESS_DENIED,
                    "Cannot call GetFederationToken with session credentials");
        }
        if (!NAME.matcher(request.name()).matches()) {
            throw new GatehouseException(StsError.VALIDATION_ERROR,
                    "Name must have 2 to 32 characters matching [\\w+=,.@-]*");
        }
        Duration duration = duration(caller, request.duration());
        SessionTags tags = SessionTags.of(request.tags());
        List<String> documents = policies.resolve(caller.accountId(), request.policy(), request.policyArns());
        int packed = SessionPolicies.packedPercent(documents, tags);
        String arn = arn(caller.accountId(), request.name());
        if (!tags.tags().isEmpty()) {
            authorizer.authorize(new AuthorizationRequest(caller, "sts:TagSession", arn, null,
                    AuthorizationRequest.tagKeys(tags.tags())));
        }
        String federatedUserId = caller.accountId() + ":" + request.name();
        List<String> sessionPolicies = documents.isEmpty() ? List.of(NO_PERMISSIONS) : documents;
        TemporaryCredentials credentials = issuer.issue(new SessionGrant(caller.accountId(), arn,
                PrincipalType.FEDERATED_USER, federatedUserId, duration, null, null, sessionPolicies, tags.tags(),
                Set.of(), null, caller.principalArn()));
        audit.record(AuditEntry.success("sts.get-federation-token").withAccount(caller.accountId())
                .withActor(caller.principalArn()).withTarget(arn));
        return new FederatedUser(credentials, arn, federatedUserId, packed);
    }

    /** {@code arn:aws:sts::<acct>:federated-user/<name>}, the resource of {@code sts:GetFederationToken}. */
    public static String arn(String accountId, String name) {
        return "arn:aws:sts::" + accountId + ":federated-user/" + name;
    }

    /**
     * 15 minutes to 36 hours, 12 by default. "Sessions obtained using root user credentials are
     * restricted to a maximum of 3,600 seconds": longer requests of the root user get one hour.
     */
    private static Duration duration(Caller caller, Duration requested) {
        Duration lasts = requested == null ? DEFAULT_DURATION : requested;
        if (lasts.compareTo(MIN_DURATION) < 0 || lasts.compareTo(MAX_USER_DURATION) > 0) {
            throw new GatehouseException(StsError.VALIDATION_ERROR, "DurationSeconds must be between "
                    + MIN_DURATION.toSeconds() + " and " + MAX_USER_DURATION.toSeconds());
        }
        boolean root = caller.type() == PrincipalType.ROOT;
        return root && lasts.compareTo(MAX_ROOT_DURATION) > 0 ? MAX_ROOT_DURATION : lasts;
    }
}
