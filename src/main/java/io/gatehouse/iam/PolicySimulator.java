package io.gatehouse.iam;

import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.iam.policy.Decision;
import io.gatehouse.iam.policy.DenyReason;
import io.gatehouse.iam.policy.Outcome;
import io.gatehouse.iam.policy.Policy;
import io.gatehouse.iam.policy.PolicyEvaluator;
import io.gatehouse.iam.policy.PolicyKind;
import io.gatehouse.iam.policy.PolicyParser;
import io.gatehouse.iam.policy.PolicySet;
import io.gatehouse.iam.policy.RequestContext;
import io.gatehouse.iam.policy.RequestPrincipal;
import io.gatehouse.org.ServiceControlPolicies;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IAM's policy simulator on the same engine that authorizes every request: no second
 * implementation. SimulateCustomPolicy evaluates only the policies given; SimulatePrincipalPolicy
 * adds the identity policies and boundary of a user or role and the SCPs of its account.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html">SimulatePrincipalPolicy</a>
 */
@ApplicationScoped
public class PolicySimulator {

    private static final Pattern PRINCIPAL_ARN =
            Pattern.compile("arn:aws:(iam|sts)::(\\d{12}):(user|role|group|assumed-role|root|federated-user)(.*)");

    private static final Pattern ACCOUNT_ID = Pattern.compile("(\\d{12})");

    private final IdentityPolicySource identities;
    private final ServiceControlPolicies organizations;
    private final PolicyEvaluator evaluator = new PolicyEvaluator();

    public PolicySimulator(IdentityPolicySource identities, ServiceControlPolicies organizations) {
        this.identities = Objects.requireNonNull(identities, "identities");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
    }

    /** SimulateCustomPolicy: only the given policies, no SCPs, caller as given (or a placeholder user). */
    public List<SimulationResult> simulateCustom(String accountId, SimulationInput input) {
        String caller = input.callerArn() != null ? input.callerArn()
                : "arn:aws:iam::" + accountId + ":user/SimulatedCaller";
        return simulate(input, caller, parse(input.identityPolicies(), "PolicyInputList", PolicyKind.MANAGED_IDENTITY),
                null, List.of());
    }

    /**
     * SimulatePrincipalPolicy for the user or role {@code policySourceArn} of {@code accountId}: its
     * policies and boundary (the input's boundaries replace it), plus the input's policies, plus the
     * SCPs that apply to the account.
     */
    public List<SimulationResult> simulatePrincipal(String accountId, String policySourceArn, SimulationInput input) {
        Matcher arn = PRINCIPAL_ARN.matcher(policySourceArn);
        if (!arn.matches() || !arn.group(2).equals(accountId)) {
            throw new GatehouseException(CommonError.INVALID_PARAMETER,
                    "PolicySourceArn must be a user, group or role of account " + accountId);
        }
        String name = arn.group(4).substring(arn.group(4).lastIndexOf('/') + 1);
        PrincipalPolicies principal = switch (arn.group(3)) {
            case "user" -> identities.forUser(accountId, name).orElseThrow(() -> noSuchEntity(policySourceArn));
            case "role" -> identities.forRole(accountId, name).orElseThrow(() -> noSuchEntity(policySourceArn));
            default -> throw new GatehouseException(CommonError.INVALID_PARAMETER,
                    "PolicySourceArn must name a user or a role: " + policySourceArn);
        };
        List<Policy> identity = new ArrayList<>(principal.identityPolicies());
        identity.addAll(parse(input.identityPolicies(), "PolicyInputList", PolicyKind.MANAGED_IDENTITY));
        String caller = input.callerArn() != null ? input.callerArn() : policySourceArn;
        return simulate(input, caller, identity, principal.permissionsBoundary(), organizations.levelsFor(accountId));
    }

    private List<SimulationResult> simulate(SimulationInput input, String callerArn, List<Policy> identity,
                                            Policy principalBoundary, List<List<Policy>> scpLevels) {
        List<Policy> boundaries = parse(input.boundaryPolicies(), "PermissionsBoundaryPolicyInputList",
                PolicyKind.MANAGED_IDENTITY);
        Policy boundary = boundaries.isEmpty() ? principalBoundary : boundaries.get(0);
        List<Policy> resourcePolicies = input.resourcePolicy() == null ? List.of()
                : List.of(PolicyParser.parse("ResourcePolicy", input.resourcePolicy(), PolicyKind.RESOURCE));
        RequestPrincipal principal = principal(callerArn);
        String resourceAccount = resourceAccount(input.resourceOwner(), principal.accountId());
        PolicySet policies = new PolicySet(identity, resourcePolicies, boundary, List.of(), scpLevels,
                callerArn.endsWith(":root"), resourceAccount);
        List<SimulationResult> results = new ArrayList<>();
        for (String action : input.actions()) {
            List<SimulationResult.ResourceResult> perResource = new ArrayList<>();
            for (String resource : input.resources()) {
                RequestContext.Builder context = RequestContext.builder().action(action).resource(resource)
                        .principal(principal);
                input.context().forEach(context::put);
                perResource.add(new SimulationResult.ResourceResult(resource, evaluator.evaluate(policies,
                        context.build())));
            }
            results.add(aggregate(action, perResource, !scpLevels.isEmpty(), boundary != null));
        }
        return results;
    }

    /** The top-level result is the most restrictive of the per-resource decisions. */
    private static SimulationResult aggregate(String action, List<SimulationResult.ResourceResult> perResource,
                                              boolean scpsApplied, boolean boundaryApplied) {
        SimulationResult.ResourceResult worst = perResource.stream()
                .max(Comparator.comparingInt(r -> severity(r.decision().outcome()))).orElseThrow();
        Decision decision = worst.decision();
        boolean organizationsAllowed = perResource.stream().allMatch(r -> r.decision().allowedByOrganizations());
        boolean boundaryAllowed = perResource.stream().noneMatch(r -> boundaryDenied(r.decision().reason()));
        return new SimulationResult(action, perResource.size() == 1 ? worst.resource() : "*", decision.outcome(),
                decision.matchedStatements(), scpsApplied ? organizationsAllowed : null,
                boundaryApplied ? boundaryAllowed : null, perResource);
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

    private static List<Policy> parse(List<String> documents, String parameter, PolicyKind kind) {
        List<Policy> policies = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            policies.add(PolicyParser.parse(parameter + "." + (i + 1), documents.get(i), kind));
        }
        return policies;
    }

    /** The simulated caller; a role session stands for its role when Principal elements match it. */
    private static RequestPrincipal principal(String callerArn) {
        Matcher arn = PRINCIPAL_ARN.matcher(callerArn);
        if (!arn.matches()) {
            throw new GatehouseException(CommonError.INVALID_PARAMETER, "CallerArn is not a principal ARN: " + callerArn);
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
        String owner = digits.find() ? digits.group(1) : resourceOwner;
        return owner.equals(callerAccount) ? null : owner;
    }

    private static GatehouseException noSuchEntity(String arn) {
        return new GatehouseException(CommonError.NOT_FOUND, "The principal " + arn + " cannot be found.");
    }
}
