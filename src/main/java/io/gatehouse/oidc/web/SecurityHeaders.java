package io.gatehouse.oidc.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Adds the browser security headers to every HTML response: no framing (clickjacking), no
 * referrer (login URLs carry transaction ids), no MIME sniffing, no caching of pages that carry
 * CSRF tokens or codes, and a locked-down CSP where the page did not set its own. A header the
 * resource already set is kept. Applies to every JAX-RS HTML response, not only this package's.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9700#section-4.16">RFC 9700 §4.16 Clickjacking</a>
 * @see <a href="https://www.w3.org/TR/referrer-policy/#referrer-policy-no-referrer">Referrer Policy: no-referrer</a>
 */
@Provider
public class SecurityHeaders implements ContainerResponseFilter {

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type == null || !type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putIfAbsent(CONTENT_SECURITY_POLICY, List.of(ContentSecurityPolicy.LOCKED_DOWN));
        headers.putIfAbsent("X-Frame-Options", List.of("DENY"));
        headers.putIfAbsent("Referrer-Policy", List.of("no-referrer"));
        headers.putIfAbsent("X-Content-Type-Options", List.of("nosniff"));
        headers.putIfAbsent("Cache-Control", List.of("no-store"));
        headers.putIfAbsent("Pragma", List.of("no-cache"));
    }
}
