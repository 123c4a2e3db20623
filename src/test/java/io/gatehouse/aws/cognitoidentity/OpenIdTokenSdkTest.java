package io.gatehouse.aws.cognitoidentity;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.gatehouse.identitypool.IdentityPoolToken;
import io.gatehouse.identitypool.IdentityPoolTokens;
import io.gatehouse.testing.GatehouseTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * GetOpenIdToken (the basic flow's first step): tokens signed by the identity-pool issuer, whose
 * discovery document and JWKS are served publicly, verified by {@link IdentityPoolTokens} as
 * AssumeRoleWithWebIdentity does; refused when the pool does not allow the classic flow.
 */
@GatehouseTest
class OpenIdTokenSdkTest {

    @Inject
    IdentityPoolTokens tokens;

    private CognitoIdentityClient admin;
    private CognitoIdentityClient app;

    @BeforeEach
    void clients() {
        admin = IdentityPoolClients.root();
        app = IdentityPoolClients.unsigned();
    }

    @Test
    void openIdTokenWhenGuestThenSignedTokenVerifiesAgainstServedJwks() throws Exception {
        String poolId = admin.createIdentityPool(r -> r.identityPoolName("classic").allowUnauthenticatedIdentities(true)
                .allowClassicFlow(true)).identityPoolId();
        String identityId = app.getId(r -> r.identityPoolId(poolId)).identityId();
        var response = app.getOpenIdToken(r -> r.identityId(identityId));
        assertThat(response.identityId()).isEqualTo(identityId);

        JsonPath discovery = given().get("/identity-pools/.well-known/openid-configuration")
                .then().statusCode(200).extract().jsonPath();
        String issuer = discovery.getString("issuer");
        assertThat(issuer).endsWith("/identity-pools");
        assertThat(discovery.getString("jwks_uri")).isEqualTo(issuer + "/.well-known/jwks.json");
        String jwks = given().get("/identity-pools/.well-known/jwks.json").then().statusCode(200).extract().asString();

        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                new ImmutableJWKSet<>(JWKSet.parse(jwks))));
        JWTClaimsSet claims = processor.process(response.token(), null);
        assertThat(claims.getIssuer()).isEqualTo(issuer);
        assertThat(claims.getSubject()).isEqualTo(identityId);
        assertThat(claims.getAudience()).containsExactly(poolId);
        assertThat(claims.getStringListClaim("amr")).containsExactly("unauthenticated");
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(600_000L);

        IdentityPoolToken verified = tokens.verify(response.token()).orElseThrow();
        assertThat(verified.identityId()).isEqualTo(identityId);
        assertThat(verified.poolId()).isEqualTo(poolId);
        assertThat(verified.authenticated()).isFalse();
        String tampered = response.token().substring(0, response.token().length() - 3) + "abc";
        assertThat(tokens.verify(tampered)).isEmpty();
    }

    @Test
    void openIdTokenWhenDeveloperIdentityThenAuthenticatedAmrAndTags() {
        String developer = IdentityPoolAdminSdkTest.unique("login.classic");
        String poolId = admin.createIdentityPool(r -> r.identityPoolName("dev-classic").allowUnauthenticatedIdentities(false)
                .developerProviderName(developer)).identityPoolId();
        var issued = admin.getOpenIdTokenForDeveloperIdentity(r -> r.identityPoolId(poolId)
                .logins(Map.of(developer, "frank")).principalTags(Map.of("team", "red")).tokenDuration(3600L));
        IdentityPoolToken verified = tokens.verify(issued.token()).orElseThrow();
        assertThat(verified.amr()).containsExactly("authenticated", developer, developer + ":" + poolId + ":frank");
        assertThat(verified.principalTags()).containsExactlyEntriesOf(Map.of("team", "red"));
        assertThat(verified.expiresAt().getEpochSecond() - verified.issuedAt().getEpochSecond()).isEqualTo(3600L);
    }

    @Test
    void openIdTokenWhenClassicFlowDisabledOrGuestNotAllowedThenRefused() {
        String poolId = admin.createIdentityPool(r -> r.identityPoolName("enhanced").allowUnauthenticatedIdentities(true))
                .identityPoolId();
        String identityId = app.getId(r -> r.identityPoolId(poolId)).identityId();
        var error = assertAwsError(() -> app.getOpenIdToken(r -> r.identityId(identityId)), "InvalidParameterException", 400);
        assertThat(error.awsErrorDetails().errorMessage()).contains("Basic (classic) flow");

        admin.updateIdentityPool(r -> r.identityPoolId(poolId).identityPoolName("enhanced")
                .allowUnauthenticatedIdentities(false).allowClassicFlow(true));
        assertAwsError(() -> app.getOpenIdToken(r -> r.identityId(identityId)), "NotAuthorizedException", 400);
        assertAwsError(() -> app.getOpenIdToken(r -> { }), "InvalidParameterException", 400);
    }
}
