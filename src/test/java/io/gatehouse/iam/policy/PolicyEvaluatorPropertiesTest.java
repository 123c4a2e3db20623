package io.gatehouse.iam.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the evaluation logic over random small policy sets (STYLE.md rule 25). */
class PolicyEvaluatorPropertiesTest {

    private static final List<String> ACTIONS = List.of("s3:GetObject", "s3:PutObject", "iam:GetUser", "ec2:RunInstances");
    private static final List<String> ACTION_PATTERNS = List.of("*", "s3:*", "s3:Get*", "iam:*", "S3:GETOBJECT",
            "?3:*Object", "ec2:Run*", "iam:GetUser");
    private static final List<String> RESOURCES = List.of("arn:aws:s3:::b/x", "arn:aws:s3:::c/y",
            "arn:aws:iam::111122223333:user/alice");
    private static final List<String> RESOURCE_PATTERNS = List.of("*", "arn:aws:s3:::b/*", "arn:aws:s3:::b/x",
            "arn:aws:s3:::c/*", "arn:aws:iam::*:user/${aws:username}");

    private final PolicyEvaluator evaluator = new PolicyEvaluator();

    /** A generated statement. */
    record Rule(boolean allow, String action, String resource, boolean onlyAlice) {
        String json(boolean withPrincipal) {
            return "{\"Effect\":\"" + (allow ? "Allow" : "Deny") + "\","
                    + (withPrincipal ? "\"Principal\":{\"AWS\":\"111122223333\"}," : "")
                    + "\"Action\":\"" + action + "\",\"Resource\":\"" + resource + "\""
                    + (onlyAlice ? ",\"Condition\":{\"StringEquals\":{\"aws:username\":\"alice\"}}" : "") + "}";
        }
    }

    /** A generated request and policy set. */
    record Scenario(String action, String resource, String user, List<List<Rule>> identity, List<Rule> resourcePolicy) {

        RequestContext request() {
            return request(action);
        }

        RequestContext request(String anAction) {
            return RequestContext.builder().action(anAction).resource(resource).principal(TestPolicies.user(user))
                    .put("aws:username", user).build();
        }

        TestPolicies.Policies policies() {
            TestPolicies.Policies policies = TestPolicies.policies();
            identity.stream().filter(rules -> !rules.isEmpty())
                    .forEach(rules -> policies.identity(parse(rules, PolicyKind.MANAGED_IDENTITY)));
            if (!resourcePolicy.isEmpty()) {
                policies.resource(parse(resourcePolicy, PolicyKind.RESOURCE));
            }
            return policies;
        }
    }

    @Property(tries = 300)
    void addingADenyNeverGrants(@ForAll("scenarios") Scenario scenario, @ForAll("rules") Rule extra) {
        Rule deny = new Rule(false, extra.action(), extra.resource(), extra.onlyAlice());
        List<List<Rule>> identity = new ArrayList<>(scenario.identity());
        identity.add(List.of(deny));
        Scenario withDeny = new Scenario(scenario.action(), scenario.resource(), scenario.user(), identity,
                scenario.resourcePolicy());
        if (allowed(withDeny.policies().build(), withDeny.request())) {
            assertThat(allowed(scenario.policies().build(), scenario.request())).isTrue();
        }
    }

    @Property(tries = 300)
    void removingAnAllowNeverGrants(@ForAll("scenarios") Scenario scenario) {
        for (int p = 0; p < scenario.identity().size(); p++) {
            List<Rule> rules = scenario.identity().get(p);
            for (int s = 0; s < rules.size(); s++) {
                if (!rules.get(s).allow()) {
                    continue;
                }
                List<Rule> fewer = new ArrayList<>(rules);
                fewer.remove(s);
                List<List<Rule>> identity = new ArrayList<>(scenario.identity());
                identity.set(p, fewer);
                Scenario without = new Scenario(scenario.action(), scenario.resource(), scenario.user(), identity,
                        scenario.resourcePolicy());
                if (allowed(without.policies().build(), without.request())) {
                    assertThat(allowed(scenario.policies().build(), scenario.request())).isTrue();
                }
            }
        }
    }

    @Property(tries = 300)
    void scpLevelsAndBoundariesOnlyNarrow(@ForAll("scenarios") Scenario scenario, @ForAll("ruleLists") List<Rule> guard) {
        boolean before = allowed(scenario.policies().build(), scenario.request());
        Policy guardPolicy = parse(guard, PolicyKind.SERVICE_CONTROL);
        Policy boundaryPolicy = parse(guard, PolicyKind.MANAGED_IDENTITY);
        if (allowed(scenario.policies().scpLevel(guardPolicy).build(), scenario.request())) {
            assertThat(before).isTrue();
        }
        if (allowed(scenario.policies().boundary(boundaryPolicy).build(), scenario.request())) {
            assertThat(before).isTrue();
        }
    }

    @Property(tries = 300)
    void actionMatchingIgnoresCase(@ForAll("scenarios") Scenario scenario) {
        PolicySet set = scenario.policies().build();
        Decision exact = evaluator.evaluate(set, scenario.request());
        assertThat(evaluator.evaluate(set, scenario.request(scenario.action().toUpperCase(Locale.ROOT))).outcome())
                .isEqualTo(exact.outcome());
        assertThat(evaluator.evaluate(set, scenario.request(scenario.action().toLowerCase(Locale.ROOT))).outcome())
                .isEqualTo(exact.outcome());
    }

    @Provide
    Arbitrary<Rule> rules() {
        return Combinators.combine(Arbitraries.of(true, true, false), Arbitraries.of(ACTION_PATTERNS),
                Arbitraries.of(RESOURCE_PATTERNS), Arbitraries.of(false, false, true)).as(Rule::new);
    }

    @Provide
    Arbitrary<List<Rule>> ruleLists() {
        return rules().list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Combinators.combine(Arbitraries.of(ACTIONS), Arbitraries.of(RESOURCES), Arbitraries.of("alice", "bob"),
                rules().list().ofMaxSize(4).list().ofMaxSize(3), rules().list().ofMaxSize(2)).as(Scenario::new);
    }

    private boolean allowed(PolicySet set, RequestContext request) {
        return evaluator.evaluate(set, request).allowed();
    }

    private static Policy parse(List<Rule> rules, PolicyKind kind) {
        List<String> statements = rules.stream().map(rule -> rule.json(kind.principalRequired())).toList();
        return PolicyParser.parse(kind.name(), TestPolicies.document(statements.toArray(String[]::new)), kind);
    }
}
