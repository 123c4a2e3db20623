package io.gatehouse.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * One token response: the tokens, the user's {@code sub} (read from the access token, so UserInfo's
 * answer can be checked) and when it was received, so holders can replace tokens before they expire.
 */
record Tokens(String accessToken, String refreshToken, String idToken, String subject, long receivedNanos) {

    /** Reads a 200 token response; fails the operation on any other answer or without an access token. */
    static Tokens parse(String step, HttpResponse<String> response) throws LoadFailure, IOException {
        Http.expect(step, response, 200);
        JsonNode body = Target.JSON.readTree(response.body());
        String access = text(body, "access_token");
        if (access == null) {
            throw new LoadFailure(step + ": no access_token in the answer");
        }
        return new Tokens(access, text(body, "refresh_token"), text(body, "id_token"), subject(step, access),
                System.nanoTime());
    }

    Duration age() {
        return Duration.ofNanos(System.nanoTime() - receivedNanos);
    }

    /** The tokens of a refresh: a server that does not rotate answers without a refresh token, so the old one stays. */
    Tokens orRefreshToken(String previous) {
        return refreshToken != null ? this : new Tokens(accessToken, previous, idToken, subject, receivedNanos);
    }

    private static String subject(String step, String jwt) throws LoadFailure, IOException {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new LoadFailure(step + ": the access token is not a JWT");
        }
        JsonNode claims = Target.JSON.readTree(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        String sub = text(claims, "sub");
        if (sub == null) {
            throw new LoadFailure(step + ": the access token has no sub");
        }
        return sub;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
