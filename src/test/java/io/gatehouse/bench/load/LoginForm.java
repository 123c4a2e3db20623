package io.gatehouse.bench.load;

import java.net.URI;
import java.net.http.HttpResponse;

/** A server's hosted login page, from the authorization request to the redirect back to the client. */
interface LoginForm {

    /** HTTP exchanges from the authorization request to the redirect with the code. */
    int exchanges();

    /** Runs the authorization request and the login page in the browser {@code cookies}; returns the redirect to the client. */
    URI signIn(Http http, URI authorization, Cookies cookies, Target.User user) throws Exception;

    static LoginForm of(Target target) {
        return switch (target.kind()) {
            case "gatehouse" -> new GatehouseLoginForm();
            case "keycloak" -> new KeycloakLoginForm();
            default -> throw new IllegalArgumentException("no login form for a " + target.kind() + " target");
        };
    }

    /** The absolute {@code Location} of a redirect with the expected status. */
    static URI redirect(String step, HttpResponse<String> response, int status, URI base)
            throws LoadFailure {
        Http.expect(step, response, status);
        String location = response.headers().firstValue("location")
                .orElseThrow(() -> new LoadFailure(step + ": HTTP " + status + " without a Location"));
        return base.resolve(location);
    }
}
