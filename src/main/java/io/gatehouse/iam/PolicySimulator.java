package io.gatehouse.iam;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.iam.policy.Decision;
import io.gatehouse.iam.policy.DenyReason;
import io.gatehouse.iam.policy.MalformedPolicyException;
import io.gatehouse.iam.policy.MatchedStatement;
import io.gatehouse.iam.policy.Outcome;
import io.gatehouse.iam.policy.Policy;
import io.gatehouse.iam.policy.PolicyEvaluator;
import io.gatehouse.iam.policy.PolicyKind;
import io.gatehouse.iam.policy.PolicyParser;
import io.gatehouse.iam.policy.PolicySet;
import io.gatehouse.iam.policy.RequestContext;
import io.gatehouse.iam.policy.RequestPrincipal;
import io.gatehouse.iam.policy.Statement;
import io.gatehouse.org.ServiceControlPolicies;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IAM's policy simulator on the same engine that authorizes every request: no second
 * implementation. SimulateCustomPolicy evaluates only the policies given; SimulatePrincipalPolicy
 * adds the identity policies and boundary of a user or role (or a group's own policies) and the SCPs
 * of its account. The simulator fills no condition key by itself, so nothing is ever reported as a
 * missing context value: a condition on an absent key simply does not match, as in a real request.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html">SimulatePrincipalPolicy</a>
 */
@ApplicationScoped
public class PolicySimulator {

    private static final Pattern PRINCIPAL_ARN =
            Pattern.compile("arn:aws:(iam|sts)::(\\d{12}):(user|role|group|assumed-role|root|federated-user)(.*)");

    /** Bounds the work of one request: actions times resources. */
    static final int MAX_EVALUATIONS = 10_000;

    private static final Pattern ACCOUNT_ID = Pattern.compile("(\\d{12})");

    private final IdentityPolicySource identities;
    private final PrincipalPolicyLoader loader;
    private final ServiceControlPolicies organizations;
    private final PolicyEvaluator evaluator = new PolicyEvaluator();

    public PolicySimulator(IdentityPolicySource identities, PrincipalPolicyLoader loader,
                           ServiceControlPolicies organizations) {
        this.identities = Objects.requireNonNull(identities, "identities");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
    }

    /**
     * SimulateCustomPolicy: only the given policies (at least one), no SCPs, the caller as given (or a
     * placeholder user of the account). As in IAM, a resource policy needs a {@code CallerArn} for its
     * Principal.
     */
    public List<SimulationResult> simulateCustom(String accountId, SimulationInput input) {
        requireActions(input);
        if (input.identityPolicies().isEmpty()) {
            throw new GatehouseException(IamError.INVALID_INPUT, "PolicyInputList must hold at least one policy.");
        }
        if (input.resourcePolicy() != null && input.callerArn() == null) {
            throw new GatehouseException(IamError.INVALID_INPUT,
                    "CallerArn is required when a ResourcePolicy is included.");
        }
        String caller = input.callerArn() != null ? input.callerArn()
                : "arn:aws:iam::" + accountId + ":user/SimulatedCaller";
        return simulate(input, caller, parse(input.identityPolicies(), "PolicyInputList", PolicyKind.MANAGED_IDENTITY),
                null, List.of());
    }

    /**
     * SimulatePrincipalPolicy for the user, role or group {@code policySourceArn} of {@code accountId}:
     * its policies and boundary (the input's boundaries replace it), plus the input's policies, plus
     * the SCPs that apply to the account. A group contributes its own policies only.
     */
    public List<SimulationResult> simulatePrincipal(String accountId, String policySourceArn, SimulationInput input) {
        requireActions(input);
        Matcher arn = PRINCIPAL_ARN.matcher(policySourceArn);
        if (!arn.matches() || !"iam".equals(arn.group(1)) || !arn.group(2).equals(accountId)) {
            throw new GatehouseException(IamError.INVALID_INPUT,
                    "PolicySourceArn must be a user, group or role of account " + accountId + ": " + policySourceArn);
        }
        String name = arn.group(4).substring(arn.group(4).lastIndexOf('/') + 1);
        PrincipalPolicies principal = switch (arn.group(3)) {
            case "user" -> identities.forUser(accountId, name).orElseThrow(() -> noSuchEntity(policySourceArn));
            case "role" -> identities.forRole(accountId, name).orElseThrow(() -> noSuchEntity(policySourceArn));
            case "group" -> group(accountId, name).orElseThrow(() -> noSuchEntity(policySourceArn));
            default -> throw new GatehouseException(IamError.INVALID_INPUT,
                    "PolicySourceArn must name a user, group or role: " + policySourceArn);
        };
        List<Policy> identity = new ArrayList<>(principal.identityPolicies());
        identity.addAll(parse(input.identityPolicies(), "PolicyInputList", PolicyKind.MANAGED_IDENTITY));
        String caller = input.callerArn() != null ? input.callerArn() : policySourceArn;
        return simulate(input, caller, identity, principal.permissionsBoundary(), organizations.levelsFor(accountId));
    }

    private Optional<PrincipalPolicies> group(String accountId, String name) {
        return QuarkusTransaction.requiringNew().call(() -> loader.load(accountId, PrincipalType.GROUP, name));
    }

    private List<SimulationResult> simulate(SimulationInput input, String callerArn, List<Policy> identity,
                                            Policy principalBoundary, List<List<Policy>> scpLevels) {
        List<Policy> boundaries = parse(input.boundaryPolicies(), "PermissionsBoundaryPolicyInputList",
                PolicyKind.MANAGED_IDENTITY);
        Policy boundary = boundaries.isEmpty() ? principalBoundary : boundaries.get(0);
        List<Policy> resourcePolicies = input.resourcePolicy() == null ? List.of()
                : List.of(parse("ResourcePolicy", input.resourcePolicy(), PolicyKind.RESOURCE));
        RequestPrincipal principal = principal(callerArn);
        String resourceAccount = resourceAccount(input.resourceOwner(), principal.accountId());
        PolicySet policies = new PolicySet(identity, resourcePolicies, boundary, List.of(), scpLevels,
                callerArn.endsWith(":root"), resourceAccount);
        Map<String, Policy> bySource = new HashMap<>();
        identity.forEach(p -> bySource.putIfAbsent(p.sourceId(), p));
        resourcePolicies.forEach(p -> bySource.putIfAbsent(p.sourceId(), p));
        scpLevels.forEach(level -> level.forEach(p -> bySource.putIfAbsent(p.sourceId(), p)));
        if (boundary != null) {
            bySource.putIfAbsent(boundary.sourceId(), boundary);
        }
        List<SimulationResult> results = new ArrayList<>();
        for (String action : input.actions()) {
            List<Decision> decisions = new ArrayList<>();
            List<SimulationResult.ResourceResult> perResource = new ArrayList<>();
            for (String resource : input.resources()) {
                RequestContext.Builder context = RequestContext.builder().action(action).resource(resource)
                        .principal(principal);
                input.context().forEach(context::put);
                Decision decision = evaluator.evaluate(policies, context.build());
                decisions.add(decision);
                perResource.add(new SimulationResult.ResourceResult(resource, decision.outcome(),
                        statements(decision, bySource), boundary == null ? null : !boundaryDenied(decision.reason())));
            }
            results.add(aggregate(action, decisions, perResource, !scpLevels.isEmpty(), boundary != null));
        }
        return results;
    }

    /** The top-level result is the most restrictive of the per-resource decisions. */
    private static SimulationResult aggregate(String action, List<Decision> decisions,
                                              List<SimulationResult.ResourceResult> perResource,
                                              boolean scpsApplied, boolean boundaryApplied) {
        SimulationResult.ResourceResult worst = perResource.stream()
                .max(Comparator.comparingInt(r -> severity(r.decision()))).orElseThrow();
        boolean organizationsAllowed = decisions.stream().allMatch(Decision::allowedByOrganizations);
        boolean boundaryAllowed = decisions.stream().noneMatch(d -> boundaryDenied(d.reason()));
        return new SimulationResult(action, perResource.size() == 1 ? worst.resource() : "*", worst.decision(),
                worst.matched(), scpsApplied ? organizationsAllowed : null,
                boundaryApplied ? boundaryAllowed : null, perResource);
    }

    private static List<SimulatedStatement> statements(Decision decision, Map<String, Policy> bySource) {
        List<SimulatedStatement> statements = new ArrayList<>();
        for (MatchedStatement matched : decision.matchedStatements()) {
            Policy policy = bySource.get(matched.sourceId());
            Statement statement = policy == null ? null : policy.statements().get(matched.index());
            statements.add(new SimulatedStatement(sourcePolicyId(matched), sourcePolicyType(matched),
                    statement == null ? null : statement.start(), statement == null ? null : statement.end()));
        }
        return statements;
    }

    /** An inline policy by its name; every other policy by its source id (ARN, input parameter, SCP id). */
    static String sourcePolicyId(MatchedStatement matched) {
        int inline = matched.sourceId().indexOf("/inline/");
        return inline < 0 ? matched.sourceId() : matched.sourceId().substring(inline + "/inline/".length());
    }

    /** IAM's PolicySourceType; policies passed in the request and SCPs are {@code none}. */
    static String sourcePolicyType(MatchedStatement matched) {
        String id = matched.sourceId();
        if (matched.kind() == PolicyKind.RESOURCE || matched.kind() == PolicyKind.TRUST) {
            return "resource";
        }
        if (id.contains("/inline/")) {
            return id.substring(0, id.indexOf('/'));
        }
        if (id.startsWith("arn:aws:iam::aws:policy")) {
            return "aws-managed";
        }
        return id.startsWith("arn:") ? "user-managed" : "none";
    }

    private static boolean boundaryDenied(DenyReason reason) {
        return reason == DenyReason.NO_BOUNDARY_ALLOW || reason == DenyReason.EXPLICIT_DENY_BOUNDARY;
    }

    private static int severity(Outcome outcome) {
        return switch (outcome) {
            case ALLOWED -> 0;
            case IMPLICIT_DENY -> 1;
            case EXPLICIT_DENY -> 2;
        };
    }

    private static void requireActions(SimulationInput input) {
        if (input.actions().isEmpty()) {
            throw new GatehouseException(IamError.INVALID_INPUT, "ActionNames must name at least one action.");
        }
        if ((long) input.actions().size() * input.resources().size() > MAX_EVALUATIONS) {
            throw new GatehouseException(IamError.INVALID_INPUT, "A simulation may evaluate at most " + MAX_EVALUATIONS
                    + " action and resource pairs.");
        }
    }

    private static List<Policy> parse(List<String> documents, String parameter, PolicyKind kind) {
        List<Policy> policies = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            policies.add(parse(parameter + "." + (i + 1), documents.get(i), kind));
        }
        return policies;
    }

    /** Parses one input document; a rejected one is IAM's MalformedPolicyDocument with the parser's reason. */
    private static Policy parse(String sourceId, String document, PolicyKind kind) {
        try {
            return PolicyParser.parse(sourceId, document, kind);
        } catch (MalformedPolicyException e) {
            throw new GatehouseException(IamError.MALFORMED_POLICY_DOCUMENT, sourceId + ": " + e.getMessage());
        }
    }

    /** The simulated caller; a role session stands for its role when Principal elements match it. */
    private static RequestPrincipal principal(String callerArn) {
        Matcher arn = PRINCIPAL_ARN.matcher(callerArn);
        if (!arn.matches()) {
            throw new GatehouseException(IamError.INVALID_INPUT, "CallerArn is not a principal ARN: " + callerArn);
        }
        String account = arn.group(2);
        String issuer = callerArn;
        if ("assumed-role".equals(arn.group(3))) {
            String rest = arn.group(4).substring(1);
            issuer = "arn:aws:iam::" + account + ":role/" + rest.substring(0, Math.max(rest.indexOf('/'), 0));
        }
        return new RequestPrincipal("AWS", callerArn, account, issuer);
    }

    /** {@code ResourceOwner} is an account id or an account ARN; null or the caller's account means same-account. */
    private static String resourceAccount(String resourceOwner, String callerAccount) {
        if (resourceOwner == null) {
            return null;
        }
        Matcher digits = ACCOUNT_ID.matcher(resourceOwner);
        if (!digits.find()) {
            throw new GatehouseException(IamError.INVALID_INPUT, "ResourceOwner is not an account: " + resourceOwner);
        }
        return digits.group(1).equals(callerAccount) ? null : digits.group(1);
    }

    private static GatehouseException noSuchEntity(String arn) {
        return new GatehouseException(IamError.NO_SUCH_ENTITY, "The principal " + arn + " cannot be found.");
    }
}
