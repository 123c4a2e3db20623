package io.gatehouse.bench.load;

import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keycloak's login page: the authorization request answers the page itself (200) with its session
 * cookies; the {@code kc-form-login} form POSTs username and password to its {@code action} URL,
 * which answers 302 to the client with the code.
 */
final class KeycloakLoginForm implements LoginForm {

    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*\\bid=\"kc-form-login\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]+)\"");

    @Override
    public int exchanges() {
        return 2;
    }

    @Override
    public URI signIn(Http http, URI authorization, Cookies cookies, Target.User user) throws Exception {
        var page = Http.expect("login page", cookies.keep(http.get(authorization.toString())), 200);
        URI action = authorization.resolve(action(page.body()));
        return LoginForm.redirect("login", cookies.keep(http.postForm(action.toString(),
                Map.of("username", user.name(), "password", user.password(), "credentialId", ""),
                cookies.header())), 302, action);
    }

    private static String action(String html) throws LoadFailure {
        Matcher form = FORM.matcher(html);
        if (!form.find()) {
            throw new LoadFailure("login page: no kc-form-login form");
        }
        Matcher action = ACTION.matcher(form.group());
        if (!action.find()) {
            throw new LoadFailure("login page: the kc-form-login form has no action");
        }
        return action.group(1).replace("&amp;", "&");
    }
}
