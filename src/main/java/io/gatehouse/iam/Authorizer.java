package io.gatehouse.iam;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerSession;
import io.gatehouse.auth.PrincipalType;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.iam.policy.Decision;
import io.gatehouse.iam.policy.Policy;
import io.gatehouse.iam.policy.PolicyEvaluator;
import io.gatehouse.iam.policy.PolicyKind;
import io.gatehouse.iam.policy.PolicySet;
import io.gatehouse.iam.policy.RequestContext;
import io.gatehouse.iam.policy.RequestPrincipal;
import io.gatehouse.org.ServiceControlPolicies;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Authorizes every signed operation, from any protocol, with the one policy engine: gathers the
 * policies that bear on the caller (identity policies, permissions boundary, session policies,
 * the SCPs of its account's organization), fills the request's condition keys, and evaluates.
 * A denial is audited and thrown as {@link AccessDeniedException} ({@link AuthorizationError#ACCESS_DENIED})
 * with AWS's message and an encoded authorization message ({@link AuthorizationMessages}).
 */
@ApplicationScoped
public class Authorizer {

    private final IdentityPolicySource identities;
    private final ServiceControlPolicies organizations;
    private final SessionPolicyCache sessionPolicies;
    private final RequestFactsSource requestFacts;
    private final AuditLog audit;
    private final Clock clock;
    private final AuthorizationMessages messages;
    private final PolicyEvaluator evaluator = new PolicyEvaluator();

    public Authorizer(IdentityPolicySource identities, ServiceControlPolicies organizations,
                      SessionPolicyCache sessionPolicies, RequestFactsSource requestFacts, AuditLog audit,
                      Clock clock, AuthorizationMessages messages) {
        this.identities = Objects.requireNonNull(identities, "identities");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.sessionPolicies = Objects.requireNonNull(sessionPolicies, "sessionPolicies");
        this.requestFacts = Objects.requireNonNull(requestFacts, "requestFacts");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** Lets the operation run, or throws {@code AccessDenied} after auditing the denial. */
    public void authorize(AuthorizationRequest request) {
        authorize(request, List.of());
    }

    /**
     * As {@link #authorize(AuthorizationRequest)} for a resource that has resource-based policies
     * (a role's trust policy for {@code sts:AssumeRole}).
     */
    public void authorize(AuthorizationRequest request, List<Policy> resourcePolicies) {
        Caller caller = request.caller();
        if (caller.type() == PrincipalType.FEDERATED_USER && isIamAction(request.action())) {
            auditDenial(request, "FederatedUserSession");
            throw new GatehouseException(AuthorizationError.ACCESS_DENIED, "User: " + caller.principalArn()
                    + " is not authorized to perform: " + request.action() + " on resource: " + request.resource()
                    + " because federated user sessions cannot call IAM operations");
        }
        Evaluation evaluation = evaluate(request, resourcePolicies, requestFacts.current());
        Decision decision = evaluation.decision();
        if (decision.allowed()) {
            return;
        }
        auditDenial(request, decision.outcome().simulatorName());
        String encoded = messages.encode(caller, evaluation.context(), visibleToCaller(request, decision));
        throw new AccessDeniedException(decision.denialMessage(caller.principalArn(), request.action(),
                request.resource()), encoded);
    }

    /** "You cannot call any IAM operations" with GetFederationToken credentials, whatever the policies say. */
    private static boolean isIamAction(String action) {
        return action.regionMatches(true, 0, "iam:", 0, 4);
    }

    private void auditDenial(AuthorizationRequest request, String reason) {
        Caller caller = request.caller();
        audit.recordLater(AuditEntry.failure("iam.authorize", reason).withAccount(caller.accountId())
                .withActor(caller.principalArn()).withTarget(truncate(request.action() + " " + request.resource())));
    }

    /**
     * The caller's account decodes the message of its denial, so a cross-account denial leaves out
     * the statements of the other account's resource or trust policies.
     */
    private static Decision visibleToCaller(AuthorizationRequest request, Decision decision) {
        String owner = request.resourceAccountId();
        if (owner == null || owner.equals(request.caller().accountId())) {
            return decision;
        }
        return new Decision(decision.outcome(), decision.reason(), decision.matchedStatements().stream()
                .filter(m -> m.kind() != PolicyKind.RESOURCE && m.kind() != PolicyKind.TRUST).toList(),
                decision.allowedByOrganizations());
    }

    /** The engine's decision for the request, without side effects. */
    public Decision decide(AuthorizationRequest request) {
        return decide(request, List.of());
    }

    /** The decision for a request on a resource with resource-based policies, without side effects. */
    public Decision decide(AuthorizationRequest request, List<Policy> resourcePolicies) {
        return evaluate(request, resourcePolicies, requestFacts.current()).decision();
    }

    /**
     * The engine's decision with the condition context it evaluated, without side effects, for a
     * request that did not arrive here: {@code origin} describes the HTTP request the caller sent
     * elsewhere (a resource server asking {@code /api/v1/authorize}), not the one being served.
     */
    public Evaluation evaluate(AuthorizationRequest request, RequestFacts origin) {
        return evaluate(request, List.of(), origin);
    }

    private Evaluation evaluate(AuthorizationRequest request, List<Policy> resourcePolicies, RequestFacts origin) {
        Caller caller = request.caller();
        Optional<PrincipalPolicies> principal = principalPolicies(caller);
        RequestContext.Builder context = RequestKeys.of(caller, principalTags(caller, principal),
                organizations.organizationOf(caller.accountId()).orElse(null), origin, clock.instant());
        request.requestKeys().forEach(context::put);
        RequestContext built = context.action(request.action()).resource(request.resource()).build();
        return new Evaluation(evaluator.evaluate(policySet(caller, principal, resourcePolicies,
                request.resourceAccountId()), built), built);
    }

    /**
     * The decision for a principal that has no IAM identity of its own (a web identity federated
     * through an OpenID Connect provider): only the resource's policies can allow it. {@code keys}
     * are the request's own condition keys (the provider's {@code :aud}, {@code :sub}…); the
     * request-wide ones (time, source address, region) are added here.
     */
    public Decision decideFederated(RequestPrincipal principal, String action, String resource,
                                    Map<String, List<String>> keys, List<Policy> resourcePolicies) {
        RequestContext.Builder context = RequestKeys.ofRequest(principal, requestFacts.current(), clock.instant());
        keys.forEach(context::put);
        RequestContext built = context.action(action).resource(resource).build();
        return evaluator.evaluate(new PolicySet(List.of(), resourcePolicies, null, List.of(), List.of(), false, null),
                built);
    }

    private PolicySet policySet(Caller caller, Optional<PrincipalPolicies> principal, List<Policy> resourcePolicies,
                                String resourceAccountId) {
        List<Policy> identity = principal.map(PrincipalPolicies::identityPolicies).orElse(List.of());
        Policy boundary = principal.map(PrincipalPolicies::permissionsBoundary).orElse(null);
        List<Policy> session = caller.temporarySession().map(s -> sessionPolicies.compile(s.sessionPolicies()))
                .orElse(List.of());
        return new PolicySet(identity, resourcePolicies, boundary, session, organizations.levelsFor(caller.accountId()),
                actsAsRoot(caller), resourceAccountId);
    }

    /**
     * Empty for the root user (allowed by identity) and for a principal that no longer exists. A
     * federated user session has the policies of the IAM user that started it (GetFederationToken),
     * which its session policies then narrow.
     */
    private Optional<PrincipalPolicies> principalPolicies(Caller caller) {
        return switch (caller.type()) {
            case ROOT -> Optional.empty();
            case USER -> caller.userName().flatMap(name -> identities.forUser(caller.accountId(), name));
            case ASSUMED_ROLE -> roleName(caller).flatMap(name -> identities.forRole(caller.accountId(), name));
            case FEDERATED_USER -> federatingUserName(caller).flatMap(name -> identities.forUser(caller.accountId(),
                    name));
        };
    }

    /** The root user, or a federated user session the root user started. */
    private static boolean actsAsRoot(Caller caller) {
        return caller.type() == PrincipalType.ROOT || (caller.type() == PrincipalType.FEDERATED_USER
                && federatingUserArn(caller).filter(arn -> arn.endsWith(":root")).isPresent());
    }

    private static Optional<String> federatingUserName(Caller caller) {
        return federatingUserArn(caller).filter(arn -> arn.contains(":user/"))
                .map(arn -> arn.substring(arn.lastIndexOf('/') + 1));
    }

    private static Optional<String> federatingUserArn(Caller caller) {
        return caller.temporarySession().map(CallerSession::federatingUserArn);
    }

    /** Session tags take precedence over the principal's own tags of the same key, as in AWS. */
    private static Map<String, String> principalTags(Caller caller, Optional<PrincipalPolicies> principal) {
        Map<String, String> tags = new HashMap<>(principal.map(PrincipalPolicies::tags).orElse(Map.of()));
        caller.temporarySession().map(CallerSession::tags).ifPresent(tags::putAll);
        return tags;
    }

    private static Optional<String> roleName(Caller caller) {
        return caller.temporarySession().map(CallerSession::roleArn).filter(Objects::nonNull)
                .map(arn -> arn.substring(arn.lastIndexOf('/') + 1));
    }

    private static String truncate(String target) {
        return target.length() <= 256 ? target : target.substring(0, 256);
    }
}
