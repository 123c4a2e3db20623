package io.gatehouse.oidc.web;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.oidc.message.OAuthError;
import io.gatehouse.oidc.message.OAuthException;
import io.gatehouse.oidc.message.AuthorizationRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The authorization endpoint of a pool (code flow with PKCE). Client and redirect URI are
 * checked first and failures end on an error page; every later failure goes back to the client.
 * A browser with a usable SSO session gets a code at once; otherwise the request is parked in a
 * login transaction and the browser is sent to the hosted login page.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-3.1">RFC 6749 §3.1</a>
 * @see <a href="https://openid.net/specs/openid-connect-core-1_0.html#AuthorizationEndpoint">OIDC Core §3.1.2</a>
 */
@Path("/" + PoolPaths.POOL + PoolPaths.AUTHORIZE)
@Tag(name = "OpenID Connect")
public class AuthorizeEndpoint {

    static final String TRANSACTION = "tx";

    private final PoolGuard pools;
    private final ClientRedirects redirects;
    private final AuthorizeValidation validation;
    private final SsoSessions sso;
    private final LoginTransactions transactions;
    private final CodeIssuer codes;
    private final AuthorizationResponder responder;
    private final BrowserCookies cookies;
    private final AuditLog audit;

    public AuthorizeEndpoint(PoolGuard pools, ClientRedirects redirects, AuthorizeValidation validation,
                             SsoSessions sso, LoginTransactions transactions, CodeIssuer codes,
                             AuthorizationResponder responder, BrowserCookies cookies, AuditLog audit) {
        this.pools = pools;
        this.redirects = redirects;
        this.validation = validation;
        this.sso = sso;
        this.transactions = transactions;
        this.codes = codes;
        this.responder = responder;
        this.cookies = cookies;
        this.audit = audit;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "OAuth 2.0 / OpenID Connect authorization endpoint (code flow with PKCE)")
    public Response authorize(@PathParam("poolId") String poolId, @Context UriInfo uri, @Context HttpHeaders headers) {
        return handle(poolId, uri.getQueryParameters(), new Browser(uri, headers, RedirectStatus.FOUND));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Authorization endpoint, form-encoded POST (OIDC Core §3.1.2.1)")
    public Response authorizeByPost(@PathParam("poolId") String poolId, MultivaluedMap<String, String> form,
                                    @Context UriInfo uri, @Context HttpHeaders headers) {
        return handle(poolId, form, new Browser(uri, headers, RedirectStatus.SEE_OTHER));
    }

    private Response handle(String poolId, Map<String, List<String>> parameters, Browser browser) {
        pools.require(poolId);
        ClientRedirect to = redirects.resolve(poolId, parameters);
        try {
            AuthorizationRequest request = validation.validate(AuthorizationRequest.parse(parameters), to.client());
            return signInSilently(to, request, browser).orElseGet(() -> toLoginPage(to, request, browser));
        } catch (OAuthException e) {
            recordFailure(to, e);
            return responder.error(to, e, browser.status()).build();
        }
    }

    /**
     * Answers from the SSO session unless the client demands a fresh sign-in (prompt=login, or a
     * max_age the session is too old for); prompt=none without a usable session is
     * {@code login_required} (OIDC Core §3.1.2.6).
     */
    private Optional<Response> signInSilently(ClientRedirect to, AuthorizationRequest request, Browser browser) {
        String cookie = BrowserCookies.read(browser.headers(), cookies.ssoName(to.poolId()));
        Optional<SsoSessions.SignedIn> signedIn = sso.usableFor(to.poolId(), cookie, request);
        if (signedIn.isEmpty()) {
            if (request.hasPrompt(AuthorizationRequest.PROMPT_NONE)) {
                throw new OAuthException(OAuthError.LOGIN_REQUIRED, "The user is not signed in");
            }
            return Optional.empty();
        }
        SsoSessions.SignedIn s = signedIn.get();
        String code = codes.issue(request, s.user(), s.session().authTime(), s.session().amr());
        audit.record(AuditEntry.success("signin.sso").withPool(to.poolId()).withActor(to.client().clientId())
                .withTarget(s.user().username()));
        return Optional.of(responder.success(to, code, browser.status()).build());
    }

    /** Parks the request and sends the browser to the login page, with the CSRF cookie of the transaction. */
    private Response toLoginPage(ClientRedirect to, AuthorizationRequest request, Browser browser) {
        LoginTransactions.Started tx = transactions.start(to.poolId(), request);
        URI login = browser.uri().getBaseUriBuilder().path(to.poolId()).path(PoolPaths.LOGIN)
                .queryParam(TRANSACTION, tx.id()).build();
        return Response.seeOther(login).header("Cache-Control", "no-store")
                .cookie(cookies.csrf(to.poolId(), tx.idHash(), tx.csrfToken())).build();
    }

    private void recordFailure(ClientRedirect to, OAuthException e) {
        if (e.error() != OAuthError.LOGIN_REQUIRED) {
            audit.recordAlone(AuditEntry.failure("authorize", e.error().code()).withPool(to.poolId())
                    .withActor(to.client().clientId()));
        }
    }

    /** What the endpoint needs of the browser's request. */
    private record Browser(UriInfo uri, HttpHeaders headers, RedirectStatus status) {
    }
}
