package io.gatehouse.oidc;

import static io.gatehouse.testing.AuthorizationCodes.SCOPE;
import static io.gatehouse.testing.OAuthAssertions.assertNoStoreJson;
import static io.gatehouse.testing.OAuthAssertions.assertOAuthError;
import static io.gatehouse.testing.OidcFlows.ALICE;
import static io.gatehouse.testing.OidcFlows.ALICE_PASSWORD;
import static io.gatehouse.testing.OidcFlows.DEMO_CALLBACK;
import static io.gatehouse.testing.OidcFlows.DEMO_POOL;
import static io.gatehouse.testing.OidcFlows.DEMO_WEB;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import io.gatehouse.testing.AuthorizationCodes;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.OidcFlows;
import io.gatehouse.testing.OidcFlows.Authorization;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.PoolJwks;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What binds a code to its authorization request at the token endpoint: the client (RFC 6749
 * §4.1.3), the redirect URI, and the PKCE verifier (RFC 7636 §4.6, RFC 9700 §2.1.1); plus the
 * syntax of the code parameter. Every mismatch is invalid_grant.
 */
@GatehouseTest
class AuthorizationCodeBindingProtocolTest {

    static final String TOKEN = "/" + DEMO_POOL + "/oauth2/token";

    @Test
    void tokenWhenCodeRedeemedByAnotherClientThenInvalidGrant() {
        PoolFixtures.Client other = PoolFixtures.confidentialCodeClient(DEMO_POOL, DEMO_CALLBACK);
        Authorization auth = AuthorizationCodes.alice();

        Response response = OidcFlows.redeem(given().auth().preemptive().basic(other.clientId(), other.secret()),
                new Authorization(auth.poolId(), other.clientId(), auth.redirectUri(), auth.code(), auth.state(),
                        auth.nonce(), auth.codeVerifier(), auth.callbackParameters()));

        assertOAuthError(response, 400, "invalid_grant");
    }

    @Test
    void tokenWhenServiceClientRedeemsCodeThenUnauthorizedClient() {
        Authorization auth = AuthorizationCodes.alice();

        Response response = OidcFlows.redeem(given().auth().preemptive().basic("demo-service", "demo-service-secret"),
                new Authorization(auth.poolId(), "demo-service", auth.redirectUri(), auth.code(), auth.state(),
                        auth.nonce(), auth.codeVerifier(), auth.callbackParameters()));

        assertOAuthError(response, 400, "unauthorized_client");
    }

    @Test
    void tokenWhenClientIdOfAnotherPoolThenInvalidClient() {
        String pool = PoolFixtures.createPool("code-other");
        PoolFixtures.Client web = PoolFixtures.publicCodeClient(pool, DEMO_CALLBACK);

        Response response = AuthorizationCodes.redeem(AuthorizationCodes.alice(), Map.of("client_id", web.clientId()));

        assertOAuthError(response, 401, "invalid_client");
    }

    @Test
    void tokenWhenConfidentialClientOmitsSecretThenInvalidClient() {
        PoolFixtures.Client client = PoolFixtures.confidentialCodeClient(DEMO_POOL, DEMO_CALLBACK);
        Authorization auth = OidcFlows.authorize(DEMO_POOL, client.clientId(), DEMO_CALLBACK, SCOPE, ALICE, ALICE_PASSWORD);

        Response response = OidcFlows.redeem(given(), auth);

        assertOAuthError(response, 401, "invalid_client");
    }

    @Test
    void tokenWhenRedirectUriDiffersThenInvalidGrant() {
        Response response = AuthorizationCodes.redeem(AuthorizationCodes.alice(),
                Map.of("redirect_uri", "http://localhost:8089/other"));

        assertOAuthError(response, 400, "invalid_grant");
    }

    @Test
    void tokenWhenRedirectUriDiffersOnlyByTrailingSlashThenInvalidGrant() {
        Response response = AuthorizationCodes.redeem(AuthorizationCodes.alice(), Map.of("redirect_uri", DEMO_CALLBACK + "/"));

        assertOAuthError(response, 400, "invalid_grant");
    }

    @Test
    void tokenWhenRedirectUriMissingThenInvalidGrant() {
        assertOAuthError(AuthorizationCodes.redeemWithout(AuthorizationCodes.alice(), "redirect_uri"), 400, "invalid_grant");
    }

    @Test
    void tokenWhenCodeVerifierMissingThenInvalidGrant() {
        assertOAuthError(AuthorizationCodes.redeemWithout(AuthorizationCodes.alice(), "code_verifier"), 400, "invalid_grant");
    }

    @Test
    void tokenWhenCodeVerifierWrongThenInvalidGrant() {
        Response response = AuthorizationCodes.redeem(AuthorizationCodes.alice(),
                Map.of("code_verifier", OidcFlows.pkce().verifier()));

        assertOAuthError(response, 400, "invalid_grant");
    }

    /** RFC 7636 §4.1: "code-verifier = 43*128unreserved", even when its S256 hash matches the challenge. */
    @Test
    void tokenWhenCodeVerifierTooShortButMatchingChallengeThenInvalidGrant() {
        String verifier = "a".repeat(42);
        Authorization auth = AuthorizationCodes.aliceWithChallenge(DEMO_WEB, AuthorizationCodes.s256(verifier));

        assertOAuthError(AuthorizationCodes.redeem(auth, Map.of("code_verifier", verifier)), 400, "invalid_grant");
    }

    /** Positive control of the test above: a 43-character verifier built the same way works. */
    @Test
    void tokenWhenCodeVerifierOfMinimumLengthThenTokens() {
        String verifier = "a".repeat(43);
        Authorization auth = AuthorizationCodes.aliceWithChallenge(DEMO_WEB, AuthorizationCodes.s256(verifier));

        Response response = AuthorizationCodes.redeem(auth, Map.of("code_verifier", verifier));

        assertThat(assertNoStoreJson(response).getString("access_token")).isNotBlank();
    }

    @Test
    void tokenWhenCodeVerifierTooLongButMatchingChallengeThenInvalidGrant() {
        String verifier = "a".repeat(129);
        Authorization auth = AuthorizationCodes.aliceWithChallenge(DEMO_WEB, AuthorizationCodes.s256(verifier));

        assertOAuthError(AuthorizationCodes.redeem(auth, Map.of("code_verifier", verifier)), 400, "invalid_grant");
    }

    @Test
    void tokenWhenCodeVerifierHasIllegalCharacterButMatchingChallengeThenInvalidGrant() {
        String verifier = "a".repeat(42) + "+";
        Authorization auth = AuthorizationCodes.aliceWithChallenge(DEMO_WEB, AuthorizationCodes.s256(verifier));

        assertOAuthError(AuthorizationCodes.redeem(auth, Map.of("code_verifier", verifier)), 400, "invalid_grant");
    }

    @Test
    void tokenWhenConfidentialClientWithoutPkceThenTokens() {
        PoolFixtures.Client client = PoolFixtures.confidentialCodeClient(DEMO_POOL, DEMO_CALLBACK);
        Authorization auth = AuthorizationCodes.aliceWithoutPkce(client.clientId());

        Response response = given().auth().preemptive().basic(client.clientId(), client.secret())
                .contentType(ContentType.URLENC).formParam("grant_type", "authorization_code")
                .formParam("code", auth.code()).formParam("redirect_uri", DEMO_CALLBACK).post(TOKEN);

        JWTClaimsSet id = PoolJwks.verify(DEMO_POOL, assertNoStoreJson(response).getString("id_token"));
        assertThat(id.getAudience()).containsExactly(client.clientId());
    }

    /** RFC 9700 §2.1.1 (PKCE downgrade): a code_verifier for a code issued without a challenge is refused. */
    @Test
    void tokenWhenVerifierSentForCodeWithoutChallengeThenInvalidGrant() {
        PoolFixtures.Client client = PoolFixtures.confidentialCodeClient(DEMO_POOL, DEMO_CALLBACK);
        Authorization auth = AuthorizationCodes.aliceWithoutPkce(client.clientId());

        Response response = given().auth().preemptive().basic(client.clientId(), client.secret())
                .contentType(ContentType.URLENC).formParam("grant_type", "authorization_code")
                .formParam("code", auth.code()).formParam("redirect_uri", DEMO_CALLBACK)
                .formParam("code_verifier", OidcFlows.pkce().verifier()).post(TOKEN);

        assertOAuthError(response, 400, "invalid_grant");
    }

    @Test
    void tokenWhenCodeUnknownThenInvalidGrant() {
        Response response = AuthorizationCodes.redeem(AuthorizationCodes.alice(),
                Map.of("code", "not-a-code-" + UUID.randomUUID()));

        assertOAuthError(response, 400, "invalid_grant");
    }

    @Test
    void tokenWhenCodeMissingThenInvalidRequest() {
        assertOAuthError(AuthorizationCodes.redeemWithout(AuthorizationCodes.alice(), "code"), 400, "invalid_request");
    }

    @Test
    void tokenWhenCodeOversizedThenInvalidRequest() {
        Response response = AuthorizationCodes.redeem(AuthorizationCodes.alice(), Map.of("code", "c".repeat(5000)));

        assertOAuthError(response, 400, "invalid_request");
    }

    @Test
    void tokenWhenCodeDuplicatedThenInvalidRequest() {
        Authorization auth = AuthorizationCodes.alice();

        Response response = given().contentType(ContentType.URLENC).formParam("grant_type", "authorization_code")
                .formParam("code", auth.code()).formParam("code", auth.code())
                .formParam("redirect_uri", auth.redirectUri()).formParam("client_id", DEMO_WEB)
                .formParam("code_verifier", auth.codeVerifier()).post(TOKEN);

        assertOAuthError(response, 400, "invalid_request");
    }
}
