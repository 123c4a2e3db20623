package io.gatehouse.oidc.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The CSP source expression matching a redirect URI's origin ({@code scheme://host[:port]}), or
 * its scheme alone for a private-use URI scheme of a native app ({@code com.example.app:}).
 *
 * @see <a href="https://www.w3.org/TR/CSP3/#grammardef-host-source">CSP3 host-source, scheme-source</a>
 */
final class WebOrigins {

    private WebOrigins() {
    }

    static String sourceOf(String uri) {
        try {
            URI u = new URI(uri);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (u.getHost() == null) {
                return scheme + ":";
            }
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (u.getPort() == -1 ? "" : ":" + u.getPort());
        } catch (URISyntaxException e) {
            return "'none'";
        }
    }
}
