package io.gatehouse.bench.load;

/**
 * Keycloak's password grant for a random user: one password hash check and a signed token set per
 * request. Gatehouse's counterpart under the same name is Cognito's InitiateAuth.
 */
final class PasswordScenario implements Scenario {

    private final Target target;
    private final PasswordGrant grant;

    PasswordScenario(Target target) throws Exception {
        this.target = target;
        grant = new PasswordGrant(target);
    }

    @Override
    public String name() {
        return "password";
    }

    @Override
    public void operate(Http http) throws Exception {
        grant.signIn(http, target.randomUser());
    }
}
