package io.gatehouse.bench.load;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gatehouse's hosted login (docs/oidc.md): the authorization request parks a login transaction and
 * answers 303 to {@code /login?tx=} with the transaction's CSRF cookie; the page carries the
 * transaction and CSRF token as hidden fields; the form POST answers 303 to the client with the code.
 */
final class GatehouseLoginForm implements LoginForm {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([a-z_]+)\" value=\"([^\"]*)\">");

    @Override
    public int exchanges() {
        return 3;
    }

    @Override
    public URI signIn(Http http, URI authorization, Cookies cookies, Target.User user) throws Exception {
        URI page = LoginForm.redirect("authorize", cookies.keep(http.get(authorization.toString())), 303, authorization);
        if (!page.getPath().endsWith("/login")) {
            throw new LoadFailure("authorize: redirected to " + page.getPath() + ", not to the login page");
        }
        var form = Http.expect("login page", cookies.keep(http.get(page.toString(), cookies.header())), 200);
        Map<String, String> hidden = hidden(form.body());
        if (!hidden.containsKey("tx") || !hidden.containsKey("csrf_token")) {
            throw new LoadFailure("login page: no tx or csrf_token field");
        }
        Map<String, String> fields = new LinkedHashMap<>(hidden);
        fields.put("username", user.name());
        fields.put("password", user.password());
        URI action = page.resolve(page.getRawPath());
        return LoginForm.redirect("login", cookies.keep(http.postForm(action.toString(), fields, cookies.header())),
                303, action);
    }

    private static Map<String, String> hidden(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(html);
        while (m.find()) {
            fields.put(m.group(1), m.group(2));
        }
        return fields;
    }
}
