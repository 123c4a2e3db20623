package io.gatehouse.sts;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.gatehouse.auth.Caller;
import io.gatehouse.auth.OpenedSession;
import io.gatehouse.auth.PrincipalType;
import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.SignedRequests;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * Temporary credentials end to end: a session token opens on any node to the session it was issued
 * for, signs AWS SDK calls with its {@code ASIA…} key, and works as a bearer token on the native
 * API; expired, altered and mismatched tokens are refused with AWS's errors.
 */
@GatehouseTest
class TemporaryCredentialsTest {

    @Inject
    SessionIssuer issuer;

    @Inject
    SessionTokenCodec codec;

    private TemporaryCredentials rootSession(Duration duration) {
        return issuer.issue(SessionGrant.forPrincipal(SignedRequests.ACCOUNT_ID, SignedRequests.ROOT_ARN,
                PrincipalType.ROOT, SignedRequests.ACCOUNT_ID, duration, Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Test
    void openWhenIssuedThenSameSessionBack() {
        TemporaryCredentials credentials = issuer.issue(new SessionGrant("123456789012",
                "arn:aws:sts::123456789012:assumed-role/Deploy/ci", PrincipalType.ASSUMED_ROLE, "AROAEXAMPLE:ci",
                Duration.ofMinutes(15), null, "arn:aws:iam::123456789012:role/Deploy",
                List.of("{\"Version\":\"2012-10-17\"}"), Map.of("team", "blue", "cost", "7"), Set.of("team"), "alice", null));

        OpenedSession opened = codec.open(credentials.sessionToken()).orElseThrow();

        assertThat(credentials.accessKeyId()).matches("ASIA[A-Z0-9]{16}");
        assertThat(credentials.secretAccessKey()).hasSize(40);
        assertThat(opened.accessKeyId()).isEqualTo(credentials.accessKeyId());
        assertThat(opened.secretAccessKey()).isEqualTo(credentials.secretAccessKey());
        assertThat(opened.expiresAt()).isEqualTo(credentials.expiration());
        Caller caller = opened.caller();
        assertThat(caller.type()).isEqualTo(PrincipalType.ASSUMED_ROLE);
        assertThat(caller.userId()).isEqualTo("AROAEXAMPLE:ci");
        assertThat(caller.session().roleArn()).isEqualTo("arn:aws:iam::123456789012:role/Deploy");
        assertThat(caller.session().sessionPolicies()).containsExactly("{\"Version\":\"2012-10-17\"}");
        assertThat(caller.session().tags()).containsEntry("team", "blue");
        assertThat(caller.session().transitiveTags()).containsExactly(Map.entry("team", "blue"));
        assertThat(caller.session().sourceIdentity()).isEqualTo("alice");
        assertThat(caller.session().multiFactor()).isFalse();
        assertThat(Duration.between(caller.session().issuedAt(), opened.expiresAt())).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void openWhenTokenAlteredOrForeignThenEmpty() {
        String token = rootSession(Duration.ofMinutes(5)).sessionToken();
        char last = token.charAt(token.length() - 1);
        String altered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertThat(codec.open(altered)).isEmpty();
        assertThat(codec.open(token.substring(SessionTokenCodec.PREFIX.length()))).isEmpty();
        assertThat(codec.open(SessionTokenCodec.PREFIX + "!!not base64!!")).isEmpty();
        assertThat(codec.open(SessionTokenCodec.PREFIX + "A".repeat(SessionTokenCodec.MAX_TOKEN_CHARS))).isEmpty();
        assertThat(codec.open("")).isEmpty();
        assertThat(codec.open(token)).isPresent();
    }

    @Test
    void openWhenSameTokenAgainOrAlteredAfterAnOpenThenSameSessionOrEmpty() {
        String token = rootSession(Duration.ofMinutes(5)).sessionToken();
        char last = token.charAt(token.length() - 1);
        String altered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

        OpenedSession first = codec.open(token).orElseThrow();
        OpenedSession again = codec.open(token).orElseThrow();

        assertThat(again).isEqualTo(first);
        assertThat(codec.open(altered)).isEmpty();
        assertThat(codec.open(null)).isEmpty();
    }

    @Test
    void toStringWhenCredentialsThenNoSecretOrToken() {
        TemporaryCredentials credentials = rootSession(Duration.ofMinutes(5));
        OpenedSession opened = codec.open(credentials.sessionToken()).orElseThrow();

        assertThat(credentials.toString()).doesNotContain(credentials.secretAccessKey())
                .doesNotContain(credentials.sessionToken());
        assertThat(opened.toString()).doesNotContain(credentials.secretAccessKey());
    }

    @Test
    void sdkCallWhenSignedWithSessionThenAllowedAsItsPrincipal() {
        TemporaryCredentials credentials = rootSession(Duration.ofMinutes(5));

        try (CognitoIdentityProviderClient cognito = CognitoClients.withSession(credentials.accessKeyId(),
                credentials.secretAccessKey(), credentials.sessionToken())) {
            String poolId = cognito.createUserPool(r -> r.poolName("session-made")).userPool().id();

            assertThat(cognito.describeUserPool(r -> r.userPoolId(poolId)).userPool().name()).isEqualTo("session-made");
        }
    }

    @Test
    void sdkCallWhenSessionExpiredThenExpiredToken() {
        TemporaryCredentials credentials = rootSession(Duration.ZERO);

        try (CognitoIdentityProviderClient cognito = CognitoClients.withSession(credentials.accessKeyId(),
                credentials.secretAccessKey(), credentials.sessionToken())) {
            assertAwsError(() -> cognito.listUserPools(r -> r.maxResults(1)), "ExpiredTokenException", 400);
        }
    }

    @Test
    void sdkCallWhenTokenOfAnotherKeyOrAlteredThenUnrecognized() {
        TemporaryCredentials first = rootSession(Duration.ofMinutes(5));
        TemporaryCredentials second = rootSession(Duration.ofMinutes(5));
        String token = first.sessionToken();
        String altered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

        try (CognitoIdentityProviderClient mismatched = CognitoClients.withSession(first.accessKeyId(),
                first.secretAccessKey(), second.sessionToken());
             CognitoIdentityProviderClient tampered = CognitoClients.withSession(first.accessKeyId(),
                first.secretAccessKey(), altered);
             CognitoIdentityProviderClient noToken = CognitoClients.as(first.accessKeyId(), first.secretAccessKey())) {
            assertAwsError(() -> mismatched.listUserPools(r -> r.maxResults(1)), "UnrecognizedClientException", 400);
            assertAwsError(() -> tampered.listUserPools(r -> r.maxResults(1)), "UnrecognizedClientException", 400);
            assertAwsError(() -> noToken.listUserPools(r -> r.maxResults(1)), "UnrecognizedClientException", 400);
        }
    }

    @Test
    void nativeApiWhenBearerSessionThenAuthenticated() {
        TemporaryCredentials credentials = rootSession(Duration.ofMinutes(5));

        given().header("Authorization", "Bearer " + credentials.sessionToken())
                .when().get("/api/v1/user-pools?limit=1")
                .then().statusCode(200).body("items", notNullValue());
    }

    @Test
    void nativeApiWhenBearerExpiredOrInvalidThen401WithChallenge() {
        TemporaryCredentials expired = rootSession(Duration.ZERO);

        given().header("Authorization", "Bearer " + expired.sessionToken())
                .when().get("/api/v1/user-pools")
                .then().statusCode(401).header("WWW-Authenticate", "Bearer")
                .body("type", endsWith("ExpiredToken"));
        given().header("Authorization", "Bearer not-a-session")
                .when().get("/api/v1/user-pools")
                .then().statusCode(401).header("WWW-Authenticate", "Bearer")
                .body("detail", equalTo("The security token included in the request is invalid"));
    }
}
