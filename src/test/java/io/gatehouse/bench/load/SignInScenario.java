package io.gatehouse.bench.load;

/**
 * A whole sign-in of a random user as one operation. {@code code_flow}: authorization request,
 * hosted login page, redirect with the code, code exchange (PKCE S256, confidential app client), each
 * time in a new browser; Gatehouse takes 4 exchanges (authorize 303, login page, login POST 303,
 * token), Keycloak 3 (authorize answers the page itself, login POST 302, token). {@code password}:
 * Keycloak's password grant, one request; Gatehouse's counterpart under that name is Cognito's InitiateAuth.
 */
final class SignInScenario implements Scenario {

    private final String name;
    private final SignIn signIn;
    private final int exchanges;
    private final Target target;

    private SignInScenario(String name, SignIn signIn, int exchanges, Target target) {
        this.name = name;
        this.signIn = signIn;
        this.exchanges = exchanges;
        this.target = target;
    }

    static Scenario codeFlow(Target target) throws Exception {
        CodeFlow flow = new CodeFlow(target);
        return new SignInScenario("code_flow", flow, flow.exchanges(), target);
    }

    static Scenario password(Target target) throws Exception {
        return new SignInScenario("password", new PasswordGrant(target), 1, target);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int exchanges() {
        return exchanges;
    }

    @Override
    public void operate(Http http) throws Exception {
        signIn.signIn(http, target.randomUser());
    }
}
