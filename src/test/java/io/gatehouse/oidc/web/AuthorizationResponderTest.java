package io.gatehouse.oidc.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthorizationResponderTest {

    private static Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("code", "abc");
        p.put("state", "a b&c=d");
        return p;
    }

    @Test
    void withQueryWhenRedirectHasNoQueryThenParametersAppended() {
        assertEquals("https://rp/cb?code=abc&state=a%20b%26c%3Dd", AuthorizationResponder.withQuery("https://rp/cb", params()));
    }

    @Test
    void withQueryWhenRedirectHasQueryThenItIsRetained() {
        assertEquals("https://rp/cb?x=1&code=abc&state=a%20b%26c%3Dd",
                AuthorizationResponder.withQuery("https://rp/cb?x=1", params()));
    }

    @Test
    void contentSecurityPolicyWhenScriptAllowedThenNonceForStyleAndScript() {
        String header = new ContentSecurityPolicy("N", true, List.of("https://rp.example")).toHeader();

        assertEquals("default-src 'none'; style-src 'nonce-N'; script-src 'nonce-N'; form-action https://rp.example;"
                + " frame-ancestors 'none'; base-uri 'none'", header);
    }

    @Test
    void sourceOfWhenUriHasPortOrPrivateSchemeThenOriginOrScheme() {
        assertEquals("http://localhost:8089", WebOrigins.sourceOf("http://LocalHost:8089/callback?x=1"));
        assertEquals("https://rp.example", WebOrigins.sourceOf("https://rp.example/cb"));
        assertEquals("com.example.app:", WebOrigins.sourceOf("com.example.app:/oauth2redirect"));
    }
}
