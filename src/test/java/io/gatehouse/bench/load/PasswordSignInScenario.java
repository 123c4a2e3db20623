package io.gatehouse.bench.load;

/**
 * Password sign-in over Cognito's wire protocol: InitiateAuth {@code USER_PASSWORD_AUTH} of a random
 * benchmark user with the app client, which must answer with an ID token. Bound by one Argon2id
 * verification per request.
 */
final class PasswordSignInScenario implements Scenario {

    private final Target target;
    private final CognitoSignIn signIn;

    PasswordSignInScenario(Target target) {
        this.target = target;
        this.signIn = new CognitoSignIn(target, "app");
    }

    @Override
    public String name() {
        return "password";
    }

    @Override
    public void operate(Http http) throws Exception {
        signIn.passwordIdToken(http, name(), target.randomUser());
    }
}
