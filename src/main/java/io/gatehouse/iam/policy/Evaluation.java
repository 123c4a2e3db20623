package io.gatehouse.iam.policy;

import io.gatehouse.iam.policy.condition.ConditionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One pass over every statement of a {@link PolicySet} for one request, recording the explicit
 * denies and, per policy type, whether (and how) an Allow applies. Also the request as conditions
 * and policy variables see it. Used by one thread for one evaluation.
 */
final class Evaluation implements ConditionContext {

    private final PolicySet policies;
    private final RequestContext request;
    private final Map<String, List<String>> values;
    private final String service;

    private List<MatchedStatement> denies;
    private DenyReason denyReason = DenyReason.NONE;
    private List<MatchedStatement> allows;
    private boolean scpsAllow = true;
    private boolean scpDenied;
    private PrincipalMatch identity;
    private PrincipalMatch resource;
    private PrincipalMatch boundary;
    private PrincipalMatch session;

    private Evaluation(PolicySet policies, RequestContext request) {
        this.policies = policies;
        this.request = request;
        this.values = request.values();
        String action = request.action();
        int colon = action.indexOf(':');
        this.service = (colon < 0 ? action : action.substring(0, colon)).toLowerCase(Locale.ROOT);
    }

    /** Evaluates every statement of {@code policies} against {@code request}. */
    static Evaluation run(PolicySet policies, RequestContext request) {
        Evaluation evaluation = new Evaluation(policies, request);
        evaluation.scanAll();
        return evaluation;
    }

    private void scanAll() {
        for (List<Policy> level : policies.scpLevels()) {
            scpsAllow &= scan(level, DenyReason.EXPLICIT_DENY_SCP, false) != PrincipalMatch.NONE;
        }
        resource = scan(policies.resourcePolicies(), DenyReason.EXPLICIT_DENY_RESOURCE, true);
        identity = scan(policies.identityPolicies(), DenyReason.EXPLICIT_DENY_IDENTITY, true);
        Policy permissionsBoundary = policies.permissionsBoundary();
        boundary = permissionsBoundary == null ? PrincipalMatch.NONE
                : scan(List.of(permissionsBoundary), DenyReason.EXPLICIT_DENY_BOUNDARY, true);
        session = scan(policies.sessionPolicies(), DenyReason.EXPLICIT_DENY_SESSION, true);
    }

    /** Records the policies' denies; returns the strongest principal match among their allows. */
    private PrincipalMatch scan(List<Policy> group, DenyReason reason, boolean recordAllows) {
        PrincipalMatch best = PrincipalMatch.NONE;
        for (int p = 0; p < group.size(); p++) {
            Statement[] statements = group.get(p).candidates(service);
            for (Statement statement : statements) {
                PrincipalMatch match = statement.match(this);
                if (match == PrincipalMatch.NONE) {
                    continue;
                }
                if (statement.effect() == Effect.DENY) {
                    deny(statement, reason);
                } else {
                    if (match.compareTo(best) > 0) {
                        best = match;
                    }
                    if (recordAllows) {
                        allows = add(allows, statement.matched());
                    }
                }
            }
        }
        return best;
    }

    private void deny(Statement statement, DenyReason reason) {
        denies = add(denies, statement.matched());
        scpDenied |= reason == DenyReason.EXPLICIT_DENY_SCP;
        if (denyReason == DenyReason.NONE || reason.ordinal() < denyReason.ordinal()) {
            denyReason = reason;
        }
    }

    private static List<MatchedStatement> add(List<MatchedStatement> list, MatchedStatement statement) {
        List<MatchedStatement> target = list == null ? new ArrayList<>(4) : list;
        target.add(statement);
        return target;
    }

    PolicySet policies() {
        return policies;
    }

    String action() {
        return request.action();
    }

    String resource() {
        return request.resource();
    }

    RequestPrincipal principal() {
        return request.principal();
    }

    boolean hasPermissionsBoundary() {
        return policies.permissionsBoundary() != null;
    }

    /** The explicit denies that applied, in evaluation order. */
    List<MatchedStatement> denies() {
        return denies == null ? List.of() : denies;
    }

    /** The policy type of the most significant explicit deny, or NONE. */
    DenyReason denyReason() {
        return denyReason;
    }

    /** The allows that applied (identity, resource, boundary and session policies). */
    List<MatchedStatement> allows() {
        return allows == null ? List.of() : allows;
    }

    /** True when every SCP level has an applicable Allow (or there are no SCPs). */
    boolean scpsAllow() {
        return scpsAllow;
    }

    /** True when the organization's SCPs allow the request: an Allow at every level and no Deny. */
    boolean allowedByOrganizations() {
        return scpsAllow && !scpDenied;
    }

    PrincipalMatch identityAllow() {
        return identity;
    }

    PrincipalMatch resourceAllow() {
        return resource;
    }

    boolean boundaryAllows() {
        return boundary != PrincipalMatch.NONE;
    }

    boolean sessionAllows() {
        return session != PrincipalMatch.NONE;
    }

    @Override
    public List<String> values(String key) {
        List<String> keyValues = values.get(key);
        return keyValues == null ? List.of() : keyValues;
    }

    @Override
    public String variable(String key) {
        List<String> keyValues = values.get(key);
        return keyValues != null && keyValues.size() == 1 ? keyValues.get(0) : null;
    }
}
