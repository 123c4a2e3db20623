package io.gatehouse.oidc.web;

import com.nimbusds.jwt.JWTClaimsSet;
import io.gatehouse.oidc.message.OAuthException;
import io.gatehouse.oidc.message.OAuthNames;
import io.gatehouse.oidc.message.LogoutRequest;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolDirectory;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * RP-initiated logout: revokes the browser's SSO session server-side, clears its cookie, then
 * returns to the client's registered post-logout URI (with {@code state}) or shows a signed-out
 * page. Like Cognito's {@code /logout}, it does not ask the user to confirm. The redirect URI must
 * exactly match one of the client's logout URLs; anything else ends on an error page.
 *
 * @see <a href="https://openid.net/specs/openid-connect-rpinitiated-1_0.html">OpenID Connect RP-Initiated Logout 1.0</a>
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/logout-endpoint.html">Cognito logout endpoint</a>
 */
@Path("/" + PoolPaths.POOL + PoolPaths.LOGOUT)
@Tag(name = "OpenID Connect")
public class LogoutEndpoint {

    private final PoolGuard pools;
    private final IdTokenHintVerifier hints;
    private final UserPoolDirectory directory;
    private final SsoSessions sso;
    private final BrowserCookies cookies;
    private final HtmlPages pages;

    public LogoutEndpoint(PoolGuard pools, IdTokenHintVerifier hints, UserPoolDirectory directory, SsoSessions sso,
                          BrowserCookies cookies, HtmlPages pages) {
        this.pools = pools;
        this.hints = hints;
        this.directory = directory;
        this.sso = sso;
        this.cookies = cookies;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "OpenID Connect RP-initiated logout (end_session_endpoint)")
    public Response logout(@PathParam("poolId") String poolId, @Context UriInfo uri, @Context HttpHeaders headers) {
        return handle(poolId, uri.getQueryParameters(), headers, RedirectStatus.FOUND);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "RP-initiated logout, form-encoded POST")
    public Response logoutByPost(@PathParam("poolId") String poolId, MultivaluedMap<String, String> form,
                                 @Context HttpHeaders headers) {
        return handle(poolId, form, headers, RedirectStatus.SEE_OTHER);
    }

    private Response handle(String poolId, Map<String, List<String>> parameters, HttpHeaders headers,
                            RedirectStatus status) {
        UserPool pool = pools.require(poolId);
        LogoutRequest request = parse(poolId, parameters);
        Optional<JWTClaimsSet> hint = hints.verify(poolId, request.idTokenHint());
        Optional<AppClient> client = client(poolId, request, hint);
        Optional<String> redirect = registeredRedirect(poolId, request, client);
        String clientId = client.map(AppClient::clientId).orElse(null);
        sso.end(poolId, BrowserCookies.read(headers, cookies.ssoName(poolId)), clientId);
        Response.ResponseBuilder response = redirect
                .map(uri -> Response.status(status.code()).location(URI.create(withState(uri, request.state()))))
                .orElseGet(() -> pages.signedOut(pool.name()));
        return response.cookie(cookies.clearSso(poolId)).header("Cache-Control", "no-store").build();
    }

    private static LogoutRequest parse(String poolId, Map<String, List<String>> parameters) {
        try {
            LogoutRequest request = LogoutRequest.parse(parameters);
            if (request.hasConflictingRedirects()) {
                throw new PageException(PageError.INVALID_LOGOUT_REQUEST, poolId, request.clientId());
            }
            return request;
        } catch (OAuthException e) {
            throw new PageException(PageError.INVALID_LOGOUT_REQUEST, poolId, null);
        }
    }

    /**
     * The client is named by {@code client_id} or the hint's audience; "If both client_id and
     * id_token_hint are present, the OP MUST verify that the Client Identifier matches the one
     * used when issuing the ID Token."
     */
    private Optional<AppClient> client(String poolId, LogoutRequest request, Optional<JWTClaimsSet> hint) {
        Optional<String> hinted = hint.map(h -> h.getAudience().get(0));
        if (request.clientId() != null && hint.isPresent() && !hint.get().getAudience().contains(request.clientId())) {
            throw new PageException(PageError.LOGOUT_CLIENT_MISMATCH, poolId, request.clientId());
        }
        Optional<String> clientId = Optional.ofNullable(request.clientId()).or(() -> hinted);
        if (clientId.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(directory.client(clientId.get()).filter(c -> c.poolId().equals(poolId))
                .orElseThrow(() -> new PageException(PageError.UNKNOWN_CLIENT, poolId, null)));
    }

    /** RP-Initiated Logout §3: "The value MUST have been previously registered with the OP" — exact match. */
    private static Optional<String> registeredRedirect(String poolId, LogoutRequest request, Optional<AppClient> client) {
        String uri = request.redirectUri();
        if (uri == null) {
            return Optional.empty();
        }
        if (client.isEmpty() || !client.get().logoutUrls().contains(uri)) {
            throw new PageException(PageError.INVALID_LOGOUT_REDIRECT, poolId, client.map(AppClient::clientId).orElse(null));
        }
        return Optional.of(uri);
    }

    private static String withState(String uri, String state) {
        if (state == null) {
            return uri;
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put(OAuthNames.STATE, state);
        return AuthorizationResponder.withQuery(uri, params);
    }
}
