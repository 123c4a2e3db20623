package io.gatehouse.oidc.web;

import java.util.List;

/**
 * The Content-Security-Policy of a hosted page: nothing loads but the page's own nonce-tagged
 * style (and script, where the page needs one); forms may only target the listed sources; the
 * page can never be framed (clickjacking) nor have its base URL changed.
 *
 * @see <a href="https://www.w3.org/TR/CSP3/">Content Security Policy Level 3</a>
 */
record ContentSecurityPolicy(String nonce, boolean allowScript, List<String> formActions) {

    ContentSecurityPolicy {
        formActions = List.copyOf(formActions);
    }

    /** The policy for pages with no forms and no scripts, applied to any HTML response that sets none. */
    static final String LOCKED_DOWN = "default-src 'none'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    String toHeader() {
        StringBuilder h = new StringBuilder("default-src 'none'; style-src 'nonce-").append(nonce).append('\'');
        if (allowScript) {
            h.append("; script-src 'nonce-").append(nonce).append('\'');
        }
        h.append("; form-action ").append(formActions.isEmpty() ? "'none'" : String.join(" ", formActions));
        return h.append("; frame-ancestors 'none'; base-uri 'none'").toString();
    }
}
