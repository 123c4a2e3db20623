package io.gatehouse.oidc.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogoutRequestTest {

    @Test
    void parseWhenAllParametersThenToParametersIsExactInverse() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put("id_token_hint", List.of("eyJ.x.y"));
        p.put("client_id", List.of("demo-web"));
        p.put("post_logout_redirect_uri", List.of("http://localhost:8089/"));
        p.put("logout_uri", List.of("http://localhost:8089/"));
        p.put("state", List.of("s"));

        LogoutRequest request = LogoutRequest.parse(p);

        assertEquals(p, request.toParameters());
        assertFalse(request.hasConflictingRedirects());
    }

    @Test
    void redirectUriWhenOnlyCognitoLogoutUriThenUsed() {
        LogoutRequest request = LogoutRequest.parse(Map.of("logout_uri", List.of("https://rp/")));

        assertEquals("https://rp/", request.redirectUri());
    }

    @Test
    void hasConflictingRedirectsWhenBothNamesDifferThenTrue() {
        LogoutRequest request = LogoutRequest.parse(Map.of("logout_uri", List.of("https://rp/a"),
                "post_logout_redirect_uri", List.of("https://rp/b")));

        assertTrue(request.hasConflictingRedirects());
    }
}
