package io.gatehouse.bench.load;

/**
 * A whole interactive sign-in as one operation: authorization request, hosted login page with a
 * random user's password, redirect with the code, code exchange (PKCE S256, confidential app client),
 * each time in a new browser. Gatehouse takes 4 exchanges (authorize 303, login page, login POST 303,
 * token), Keycloak 3 (authorize answers the page itself, login POST 302, token).
 */
final class CodeFlowScenario implements Scenario {

    private final Target target;
    private final CodeFlow flow;

    CodeFlowScenario(Target target) throws Exception {
        this.target = target;
        flow = new CodeFlow(target);
    }

    @Override
    public String name() {
        return "code_flow";
    }

    @Override
    public int exchanges() {
        return flow.exchanges();
    }

    @Override
    public void operate(Http http) throws Exception {
        flow.signIn(http, target.randomUser());
    }
}
