package io.gatehouse.oidc.web;

import io.gatehouse.oidc.token.Issuer;
import io.gatehouse.oidc.message.OAuthException;
import io.gatehouse.oidc.message.OAuthNames;
import io.gatehouse.oidc.message.ResponseMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Delivers authorization responses, success or error, to a validated redirect URI by the
 * requested response mode, always with {@code state} and the RFC 9207 {@code iss} parameter
 * (discovery advertises {@code authorization_response_iss_parameter_supported}).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2">RFC 6749 §4.1.2, §4.1.2.1</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9207#section-2">RFC 9207 §2</a>
 */
@ApplicationScoped
class AuthorizationResponder {

    private final Issuer issuer;
    private final HtmlPages pages;

    AuthorizationResponder(Issuer issuer, HtmlPages pages) {
        this.issuer = issuer;
        this.pages = pages;
    }

    Response.ResponseBuilder success(ClientRedirect to, String code, RedirectStatus status) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(OAuthNames.CODE, code);
        return deliver(to, params, status);
    }

    Response.ResponseBuilder error(ClientRedirect to, OAuthException e, RedirectStatus status) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(OAuthNames.ERROR, e.error().code());
        if (e.description() != null) {
            params.put(OAuthNames.ERROR_DESCRIPTION, e.description());
        }
        return deliver(to, params, status);
    }

    private Response.ResponseBuilder deliver(ClientRedirect to, Map<String, String> params, RedirectStatus status) {
        if (to.state() != null) {
            params.put(OAuthNames.STATE, to.state());
        }
        params.put(OAuthNames.ISS, issuer.of(to.poolId()));
        if (to.mode() == ResponseMode.FORM_POST) {
            return pages.formPost(to.redirectUri(), params);
        }
        return Response.status(status.code()).location(URI.create(withQuery(to.redirectUri(), params)))
                .header("Cache-Control", "no-store");
    }

    /**
     * RFC 6749 §3.1.2: the redirect URI's "query component … MUST be retained when adding
     * additional query parameters".
     */
    static String withQuery(String redirectUri, Map<String, String> params) {
        StringBuilder uri = new StringBuilder(redirectUri);
        char separator = redirectUri.indexOf('?') < 0 ? '?' : '&';
        if (redirectUri.endsWith("?") || redirectUri.endsWith("&")) {
            separator = 0;
        }
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (separator != 0) {
                uri.append(separator);
            }
            uri.append(encode(p.getKey())).append('=').append(encode(p.getValue()));
            separator = '&';
        }
        return uri.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
