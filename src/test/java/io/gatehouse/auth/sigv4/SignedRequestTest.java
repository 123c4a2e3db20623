package io.gatehouse.auth.sigv4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignedRequestTest {

    @Test
    void constructorWhenHeaderNamesDifferInCaseThenMergedUnderLowerCase() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("X-Custom", List.of("a"));
        headers.put("x-custom", List.of("b"));

        SignedRequest request = new SignedRequest("GET", "/", null, headers, null);

        assertEquals(List.of("a", "b"), request.header("X-CUSTOM"));
        assertArrayEquals(new byte[0], request.body());
    }

    @Test
    void constructorWhenCollectionsChangeLaterThenRequestUnchanged() {
        List<String> values = new ArrayList<>(List.of("1"));
        Map<String, List<String>> query = new LinkedHashMap<>(Map.of("a", values));
        byte[] body = {1, 2};

        SignedRequest request = new SignedRequest("POST", "/", query, Map.of(), body);
        values.add("2");
        query.put("b", List.of("3"));
        body[0] = 9;

        assertEquals(Map.of("a", List.of("1")), request.query());
        assertArrayEquals(new byte[] {1, 2}, request.body());
        assertThrows(UnsupportedOperationException.class, () -> request.headers().put("x", List.of()));
    }

    @Test
    void toStringWhenSignedThenShowsNoHeaderValues() {
        SignedRequest request = TestRequests.jsonPost().sessionToken("secret-session-token").sign();

        assertFalse(request.toString().contains("secret-session-token"));
        assertFalse(request.toString().contains("Signature="));
    }
}
