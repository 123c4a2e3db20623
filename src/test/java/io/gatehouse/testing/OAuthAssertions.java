package io.gatehouse.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Checks OAuth 2.0 protocol responses: an RFC 6749 §5.2 error body, and the
 * {@code Cache-Control: no-store} that every token-bearing or error response of the token,
 * revocation, introspection and UserInfo endpoints carries (RFC 6749 §5.1).
 * <pre>{@code OAuthAssertions.assertOAuthError(response, 400, "invalid_grant");}</pre>
 */
public final class OAuthAssertions {

    private OAuthAssertions() {
    }

    /** An RFC 6749 §5.2 error: the status, a JSON body with this {@code error} and an {@code error_description}, no-store. */
    public static JsonPath assertOAuthError(Response response, int status, String error) {
        assertThat(response.statusCode()).as("status of %s", response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/json");
        JsonPath body = response.jsonPath();
        assertThat(body.getString("error")).as("error of %s", response.asString()).isEqualTo(error);
        assertThat(body.getString("error_description")).as("error_description").isNotBlank();
        assertNoStore(response);
        return body;
    }

    /** A successful JSON response that must not be cached. */
    public static JsonPath assertNoStoreJson(Response response) {
        assertThat(response.statusCode()).as("status of %s", response.asString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertNoStore(response);
        return response.jsonPath();
    }

    public static void assertNoStore(Response response) {
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getHeader("Pragma")).isEqualTo("no-cache");
    }
}
