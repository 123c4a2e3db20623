package io.gatehouse.sts;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerSession;
import io.gatehouse.auth.PrincipalType;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.iam.AssumableRole;
import io.gatehouse.iam.AuthorizationError;
import io.gatehouse.iam.AuthorizationRequest;
import io.gatehouse.iam.Authorizer;
import io.gatehouse.iam.RoleDirectory;
import io.gatehouse.iam.policy.Decision;
import io.gatehouse.iam.policy.RequestPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Starts role sessions: AssumeRole for a principal with AWS credentials, AssumeRoleWithWebIdentity
 * (and identity pools) for a principal proved by an identity provider. The role's trust policy is
 * evaluated as a resource-based policy by the one policy engine: for AssumeRole together with the
 * caller's own policies (same account: either may allow; another account: both must), for a web
 * identity alone. Passing session tags needs {@code sts:TagSession} and a source identity
 * {@code sts:SetSourceIdentity} from the same evaluation, as in AWS. A session started with temporary
 * credentials (role chaining: a role session, or a user's GetSessionToken session carrying its MFA)
 * lasts at most one hour; a role session passes on its transitive tags and source identity.
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html">AssumeRole</a>
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html">AssumeRoleWithWebIdentity</a>
 */
@ApplicationScoped
public class RoleSessions {

    public static final Duration DEFAULT_DURATION = Duration.ofHours(1);
    public static final Duration MIN_DURATION = Duration.ofMinutes(15);
    public static final Duration CHAINED_MAX_DURATION = Duration.ofHours(1);
    public static final String ASSUME_ROLE = "sts:AssumeRole";
    public static final String ASSUME_ROLE_WITH_WEB_IDENTITY = "sts:AssumeRoleWithWebIdentity";

    private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]{2,64}");
    private static final Pattern EXTERNAL_ID = Pattern.compile("[\\w+=,.@:/-]{2,1224}");
    private static final Pattern SOURCE_IDENTITY = Pattern.compile("[\\w+=,.@-]{2,64}");

    private final RoleDirectory roles;
    private final Authorizer authorizer;
    private final SessionPolicies policies;
    private final SessionIssuer issuer;
    private final CallerMfa mfa;
    private final AuditLog audit;

    public RoleSessions(RoleDirectory roles, Authorizer authorizer, SessionPolicies policies, SessionIssuer issuer,
                        CallerMfa mfa, AuditLog audit) {
        this.roles = Objects.requireNonNull(roles, "roles");
        this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.mfa = Objects.requireNonNull(mfa, "mfa");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /**
     * AssumeRole for {@code caller}. {@code externalId} is what the trust policy may require as
     * {@code sts:ExternalId}; {@code serialNumber} and {@code tokenCode} prove MFA with a device of
     * the calling user. A role that does not exist is refused exactly like one that does not trust
     * the caller, so the answer does not tell which roles exist.
     */
    public AssumedRole assumeRole(Caller caller, RoleSessionRequest request, String externalId, String serialNumber,
                                  String tokenCode) {
        if (caller.type() == PrincipalType.ROOT) {
            throw new GatehouseException(AuthorizationError.ACCESS_DENIED, "Roles may not be assumed by root accounts.");
        }
        if (caller.type() == PrincipalType.FEDERATED_USER) {
            throw new GatehouseException(AuthorizationError.ACCESS_DENIED,
                    "Federated users may not call AssumeRole.");
        }
        validate(request);
        if (externalId != null && !EXTERNAL_ID.matcher(externalId).matches()) {
            throw invalid("ExternalId must have 2 to 1224 characters matching [\\w+=,.@:/-]*");
        }
        CallerSession calling = caller.temporarySession().orElse(null);
        Instant provedNow = mfa.prove(caller, serialNumber, tokenCode);
        boolean chained = calling != null;
        SessionTags tags = SessionTags.of(request, calling);
        String sourceIdentity = sourceIdentity(request, calling);
        AssumableRole role = roles.findByArn(request.roleArn()).orElseThrow(() -> notAuthorized(caller, request));
        Duration duration = duration(request.duration(), role, chained);
        List<String> documents = policies.resolve(role.role().accountId(), request.policy(), request.policyArns());
        int packed = SessionPolicies.packedPercent(documents, tags);

        Map<String, List<String>> keys = trustKeys(request, tags, sourceIdentity);
        if (externalId != null) {
            keys.put("sts:ExternalId", List.of(externalId));
        }
        if (provedNow != null) {
            keys.put("aws:MultiFactorAuthPresent", List.of("true"));
            keys.put("aws:MultiFactorAuthAge", List.of("0"));
        }
        String resourceAccount = role.role().accountId().equals(caller.accountId()) ? null : role.role().accountId();
        for (String action : actions(ASSUME_ROLE, tags, request.sourceIdentity())) {
            authorizer.authorize(new AuthorizationRequest(caller, action, role.role().arn(), resourceAccount, keys),
                    List.of(role.trustPolicy()));
        }
        Instant mfaAt = provedNow != null ? provedNow : calling == null ? null : calling.mfaAuthenticatedAt();
        AssumedRole assumed = issue(role, request.sessionName(), duration, mfaAt, documents, tags, sourceIdentity,
                packed);
        audit.record(AuditEntry.success("sts.assume-role").withAccount(role.role().accountId())
                .withActor(caller.principalArn()).withTarget(assumed.arn()));
        return assumed;
    }

    /**
     * AssumeRoleWithWebIdentity, and the credentials of an identity pool: the trust policy alone
     * decides, for the federated principal and its provider's condition keys.
     */
    public AssumedRole assumeRoleWithWebIdentity(WebIdentityPrincipal principal, RoleSessionRequest request) {
        validate(request);
        SessionTags tags = SessionTags.of(request, null);
        AssumableRole role = roles.findByArn(request.roleArn())
                .orElseThrow(() -> webIdentityDenied(principal, request.roleArn()));
        Duration duration = duration(request.duration(), role, false);
        List<String> documents = policies.resolve(role.role().accountId(), request.policy(), request.policyArns());
        int packed = SessionPolicies.packedPercent(documents, tags);

        Map<String, List<String>> keys = trustKeys(request, tags, request.sourceIdentity());
        keys.putAll(principal.conditionKeys());
        RequestPrincipal federated = new RequestPrincipal("Federated", principal.federatedName(), null,
                principal.alias());
        for (String action : actions(ASSUME_ROLE_WITH_WEB_IDENTITY, tags, request.sourceIdentity())) {
            Decision decision = authorizer.decideFederated(federated, action, role.role().arn(), keys,
                    List.of(role.trustPolicy()));
            if (!decision.allowed()) {
                throw webIdentityDenied(principal, request.roleArn());
            }
        }
        AssumedRole assumed = issue(role, request.sessionName(), duration, null, documents, tags,
                request.sourceIdentity(), packed);
        audit.record(AuditEntry.success("sts.assume-role-with-web-identity").withAccount(role.role().accountId())
                .withActor(principal.providerName() + "/" + principal.subject()).withTarget(assumed.arn()));
        return assumed;
    }

    private AssumedRole issue(AssumableRole role, String sessionName, Duration duration, Instant mfaAt,
                              List<String> documents, SessionTags tags, String sourceIdentity, int packed) {
        String accountId = role.role().accountId();
        String arn = "arn:aws:sts::" + accountId + ":assumed-role/" + role.role().name() + "/" + sessionName;
        String assumedRoleId = role.role().id() + ":" + sessionName;
        TemporaryCredentials credentials = issuer.issue(new SessionGrant(accountId, arn, PrincipalType.ASSUMED_ROLE,
                assumedRoleId, duration, mfaAt, role.role().arn(), documents, tags.tags(), tags.transitiveKeys(),
                sourceIdentity, null));
        return new AssumedRole(credentials, arn, assumedRoleId, packed, sourceIdentity);
    }

    private static Map<String, List<String>> trustKeys(RoleSessionRequest request, SessionTags tags,
                                                       String sourceIdentity) {
        Map<String, List<String>> keys = new HashMap<>(AuthorizationRequest.tagKeys(tags.tags()));
        keys.put("sts:RoleSessionName", List.of(request.sessionName()));
        if (!request.transitiveTagKeys().isEmpty()) {
            keys.put("sts:TransitiveTagKeys", List.copyOf(request.transitiveTagKeys()));
        }
        if (sourceIdentity != null) {
            keys.put("sts:SourceIdentity", List.of(sourceIdentity));
        }
        return keys;
    }

    /** The actions the trust policy must allow: the assume action, and the ones for tags and source identity. */
    private static List<String> actions(String assume, SessionTags tags, String requestedSourceIdentity) {
        List<String> actions = new ArrayList<>(List.of(assume));
        if (!tags.tags().isEmpty()) {
            actions.add("sts:TagSession");
        }
        if (requestedSourceIdentity != null) {
            actions.add("sts:SetSourceIdentity");
        }
        return actions;
    }

    /** A chained session keeps the source identity it was started with; it cannot be changed. */
    private static String sourceIdentity(RoleSessionRequest request, CallerSession calling) {
        String inherited = calling == null ? null : calling.sourceIdentity();
        if (inherited != null && request.sourceIdentity() != null && !inherited.equals(request.sourceIdentity())) {
            throw invalid("The source identity of a chained session cannot be changed from the calling session's");
        }
        return inherited != null ? inherited : request.sourceIdentity();
    }

    private static Duration duration(Duration requested, AssumableRole role, boolean chained) {
        Duration max = Duration.ofSeconds(role.maxSessionDuration());
        Duration lasts = requested == null ? DEFAULT_DURATION : requested;
        if (lasts.compareTo(MIN_DURATION) < 0) {
            throw invalid("DurationSeconds must be at least " + MIN_DURATION.toSeconds());
        }
        if (chained && lasts.compareTo(CHAINED_MAX_DURATION) > 0) {
            throw invalid("The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role"
                    + " chaining.");
        }
        if (lasts.compareTo(max) > 0) {
            throw invalid("The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
        }
        return lasts;
    }

    private static void validate(RoleSessionRequest request) {
        if (!SESSION_NAME.matcher(request.sessionName()).matches()) {
            throw invalid("RoleSessionName must have 2 to 64 characters matching [\\w+=,.@-]*");
        }
        String source = request.sourceIdentity();
        if (source != null && (!SOURCE_IDENTITY.matcher(source).matches() || source.startsWith("aws:"))) {
            throw invalid("SourceIdentity must have 2 to 64 characters matching [\\w+=,.@-]* and not start with"
                    + " 'aws:'");
        }
    }

    private GatehouseException notAuthorized(Caller caller, RoleSessionRequest request) {
        audit.recordLater(AuditEntry.failure("iam.authorize", "ImplicitDeny").withAccount(caller.accountId())
                .withActor(caller.principalArn()).withTarget(ASSUME_ROLE + " " + request.roleArn()));
        return new GatehouseException(AuthorizationError.ACCESS_DENIED, "User: " + caller.principalArn()
                + " is not authorized to perform: " + ASSUME_ROLE + " on resource: " + request.roleArn());
    }

    private GatehouseException webIdentityDenied(WebIdentityPrincipal principal, String roleArn) {
        audit.recordLater(AuditEntry.failure("sts.assume-role-with-web-identity", "AccessDenied")
                .withActor(principal.providerName() + "/" + principal.subject()).withTarget(roleArn));
        return new GatehouseException(AuthorizationError.ACCESS_DENIED,
                "Not authorized to perform sts:AssumeRoleWithWebIdentity");
    }

    private static GatehouseException invalid(String message) {
        return new GatehouseException(StsError.VALIDATION_ERROR, message);
    }
}
