package io.gatehouse.oidc.web;

import io.gatehouse.core.Ids;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * Renders the hosted pages (Qute, HTML-escaped) with a fresh CSP nonce per response. The
 * remaining security headers are added to every HTML response by {@link SecurityHeaders}.
 */
@ApplicationScoped
class HtmlPages {

    static final MediaType HTML = MediaType.valueOf("text/html;charset=UTF-8");
    private static final String SELF = "'self'";

    private final Template login;
    private final Template challenge;
    private final Template error;
    private final Template signedOut;
    private final Template formPost;
    private final Ids ids;

    HtmlPages(@Location("oidc/login.html") Template login, @Location("oidc/challenge.html") Template challenge,
              @Location("oidc/error.html") Template error,
              @Location("oidc/signed_out.html") Template signedOut, @Location("oidc/form_post.html") Template formPost,
              Ids ids) {
        this.login = login;
        this.challenge = challenge;
        this.error = error;
        this.signedOut = signedOut;
        this.formPost = formPost;
        this.ids = ids;
    }

    /**
     * The login form. Its CSP allows the form to post to this page and the browser to follow the
     * resulting redirect to the client ("form-action" also governs redirects after a submission).
     */
    Response.ResponseBuilder login(LoginView view, int status, String redirectUri) {
        String nonce = ids.token(16);
        return page(login.data("view", view.withNonce(nonce)).render(), status,
                new ContentSecurityPolicy(nonce, false, List.of(SELF, WebOrigins.sourceOf(redirectUri))));
    }

    /** A challenge step of the login, with the same CSP as the login form (it completes the same way). */
    Response.ResponseBuilder challenge(ChallengeView view, int status, String redirectUri) {
        String nonce = ids.token(16);
        return page(challenge.data("view", view.withNonce(nonce)).render(), status,
                new ContentSecurityPolicy(nonce, false, List.of(SELF, WebOrigins.sourceOf(redirectUri))));
    }

    Response.ResponseBuilder error(PageError e) {
        String nonce = ids.token(16);
        return page(error.data("view", new MessageView(nonce, e.title(), e.message())).render(), e.status(),
                new ContentSecurityPolicy(nonce, false, List.of()));
    }

    Response.ResponseBuilder signedOut(String poolName) {
        String nonce = ids.token(16);
        MessageView view = new MessageView(nonce, "You are signed out",
                "You have signed out of " + poolName + ". You can close this window.");
        return page(signedOut.data("view", view).render(), 200, new ContentSecurityPolicy(nonce, false, List.of()));
    }

    /** The form_post response: one nonce-tagged script submits the form; without scripts the user presses the button. */
    Response.ResponseBuilder formPost(String action, Map<String, String> parameters) {
        String nonce = ids.token(16);
        List<FormPostView.Field> fields = parameters.entrySet().stream()
                .map(e -> new FormPostView.Field(e.getKey(), e.getValue())).toList();
        return page(formPost.data("view", new FormPostView(nonce, action, fields)).render(), 200,
                new ContentSecurityPolicy(nonce, true, List.of(WebOrigins.sourceOf(action))));
    }

    private static Response.ResponseBuilder page(String html, int status, ContentSecurityPolicy csp) {
        return Response.status(status).type(HTML).entity(html)
                .header(SecurityHeaders.CONTENT_SECURITY_POLICY, csp.toHeader());
    }
}
