package io.gatehouse.oidc.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gatehouse.oidc.message.OAuthError;
import io.gatehouse.oidc.message.OAuthException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthorizationRequestTest {

    private static Map<String, List<String>> full() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put("response_type", List.of("code"));
        p.put("client_id", List.of("demo-web"));
        p.put("redirect_uri", List.of("http://localhost:8089/callback"));
        p.put("scope", List.of("openid email"));
        p.put("state", List.of("af0ifjsldkj"));
        p.put("nonce", List.of("n-0S6_WzA2Mj"));
        p.put("code_challenge", List.of("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        p.put("code_challenge_method", List.of("S256"));
        p.put("response_mode", List.of("form_post"));
        p.put("prompt", List.of("login"));
        p.put("max_age", List.of("300"));
        p.put("login_hint", List.of("alice"));
        return p;
    }

    @Test
    void parseWhenAllParametersThenToParametersIsExactInverse() {
        AuthorizationRequest request = AuthorizationRequest.parse(full());

        assertEquals(full(), request.toParameters());
        assertEquals(request, AuthorizationRequest.parse(request.toParameters()));
        assertEquals(300L, request.maxAge());
        assertEquals(ResponseMode.FORM_POST, request.effectiveResponseMode());
    }

    @Test
    void parseWhenOnlyRequiredThenRoundTripsWithoutOptionals() {
        Map<String, List<String>> p = Map.of("client_id", List.of("c"), "redirect_uri", List.of("https://rp/cb"));

        AuthorizationRequest request = AuthorizationRequest.parse(p);

        assertEquals(p, request.toParameters());
        assertNull(request.maxAge());
        assertEquals(ResponseMode.QUERY, request.effectiveResponseMode());
    }

    @Test
    void parseWhenPromptHasSeveralValuesThenSetRoundTrips() {
        Map<String, List<String>> p = full();
        p.put("prompt", List.of("none  login"));

        AuthorizationRequest request = AuthorizationRequest.parse(p);

        assertEquals(Set.of("none", "login"), request.prompt());
        assertEquals(request, AuthorizationRequest.parse(request.toParameters()));
    }

    @Test
    void parseWhenParameterRepeatedThenInvalidRequest() {
        Map<String, List<String>> p = full();
        p.put("nonce", List.of("a", "b"));

        OAuthException e = assertThrows(OAuthException.class, () -> AuthorizationRequest.parse(p));
        assertEquals(OAuthError.INVALID_REQUEST, e.error());
    }

    @Test
    void parseWhenMaxAgeNegativeThenInvalidRequest() {
        Map<String, List<String>> p = full();
        p.put("max_age", List.of("-5"));

        assertEquals(OAuthError.INVALID_REQUEST, assertThrows(OAuthException.class, () -> AuthorizationRequest.parse(p)).error());
    }

    @Test
    void scopeValuesWhenRepeatedAndExtraSpacesThenDistinctInOrder() {
        Map<String, List<String>> p = full();
        p.put("scope", List.of(" email  openid email "));

        assertEquals(List.of("email", "openid"), AuthorizationRequest.parse(p).scopeValues());
    }

    @Test
    void parseWhenEmptyValueThenTreatedAsAbsent() {
        Map<String, List<String>> p = full();
        p.put("state", List.of(""));

        assertNull(AuthorizationRequest.parse(p).state());
    }
}
