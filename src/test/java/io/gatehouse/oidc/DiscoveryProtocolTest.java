package io.gatehouse.oidc;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.SignedRequests;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

@GatehouseTest
class DiscoveryProtocolTest {

    static final String POOL = "us-east-1_DemoPool1";
    static final String ISSUER = "http://localhost:8080/" + POOL;

    @Test
    void discoveryWhenDemoPoolThenEndpointsUnderIssuer() {
        JsonPath doc = given().get("/" + POOL + "/.well-known/openid-configuration")
                .then().statusCode(200).extract().jsonPath();

        assertThat(doc.getString("issuer")).isEqualTo(ISSUER);
        assertThat(doc.getString("jwks_uri")).isEqualTo(ISSUER + "/.well-known/jwks.json");
        assertThat(doc.getString("authorization_endpoint")).isEqualTo(ISSUER + "/oauth2/authorize");
        assertThat(doc.getString("token_endpoint")).isEqualTo(ISSUER + "/oauth2/token");
        assertThat(doc.getString("userinfo_endpoint")).isEqualTo(ISSUER + "/oauth2/userInfo");
        assertThat(doc.getString("revocation_endpoint")).isEqualTo(ISSUER + "/oauth2/revoke");
        assertThat(doc.getString("introspection_endpoint")).isEqualTo(ISSUER + "/oauth2/introspect");
        assertThat(doc.getString("end_session_endpoint")).isEqualTo(ISSUER + "/logout");
        assertThat(doc.getList("code_challenge_methods_supported")).containsExactly("S256");
        assertThat(doc.getList("id_token_signing_alg_values_supported")).containsExactly("RS256");
        assertThat(doc.getList("token_endpoint_auth_methods_supported"))
                .containsExactlyInAnyOrder("client_secret_basic", "client_secret_post", "none", "private_key_jwt");
    }

    @Test
    void oauthMetadataWhenRequestedThenSameDocument() {
        given().get("/" + POOL + "/.well-known/oauth-authorization-server")
                .then().statusCode(200).body("issuer", equalTo(ISSUER))
                .body("grant_types_supported", hasItem("client_credentials"));
    }

    @Test
    void jwksWhenDemoPoolThenPublicRsaSigningKeysOnly() throws Exception {
        String body = given().get("/" + POOL + "/.well-known/jwks.json").then().statusCode(200).extract().asString();

        JWKSet set = JWKSet.parse(body);
        assertThat(set.getKeys()).isNotEmpty();
        for (var key : set.getKeys()) {
            RSAKey rsa = key.toRSAKey();
            assertThat(rsa.isPrivate()).isFalse();
            assertThat(rsa.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
            assertThat(rsa.getKeyID()).isNotBlank();
            assertThat(rsa.size()).isGreaterThanOrEqualTo(2048);
        }
        assertThat(body).doesNotContain("\"d\"").doesNotContain("\"p\"");
    }

    @Test
    void discoveryWhenServedThenStrictTransportSecurityHeader() {
        given().get("/" + POOL + "/.well-known/openid-configuration").then().statusCode(200)
                .header("Strict-Transport-Security", equalTo("max-age=31536000"));
    }

    @Test
    void discoveryWhenPoolDeletedAfterBeingServedThen404() {
        String pool = PoolFixtures.createPool("discovered");
        given().get("/" + pool + "/.well-known/openid-configuration").then().statusCode(200)
                .body("issuer", equalTo("http://localhost:8080/" + pool));

        SignedRequests.root().delete("/api/v1/user-pools/" + pool).then().statusCode(204);

        given().get("/" + pool + "/.well-known/openid-configuration").then().statusCode(404);
    }

    @Test
    void jwksWhenKeyRotatedAfterBeingServedThenNewKeyPublished() {
        String pool = PoolFixtures.createPool("rotated");
        List<String> before = given().get("/" + pool + "/.well-known/jwks.json").then().statusCode(200)
                .extract().jsonPath().getList("keys.kid");
        assertThat(given().get("/" + pool + "/.well-known/jwks.json").then().statusCode(200)
                .extract().jsonPath().<String>getList("keys.kid")).isEqualTo(before);

        String newKid = SignedRequests.root().post("/api/v1/user-pools/" + pool + "/signing-keys/rotate", null)
                .then().statusCode(200).extract().path("kid");

        assertThat(given().get("/" + pool + "/.well-known/jwks.json").then().statusCode(200)
                .extract().jsonPath().<String>getList("keys.kid")).containsAll(before).contains(newKid);
        SignedRequests.root().delete("/api/v1/user-pools/" + pool).then().statusCode(204);
        given().get("/" + pool + "/.well-known/jwks.json").then().statusCode(404);
    }

    @Test
    void discoveryWhenUnknownPoolThen404() {
        given().get("/us-east-1_NoSuchPool/.well-known/openid-configuration").then().statusCode(404);
        given().get("/us-east-1_NoSuchPool/.well-known/jwks.json").then().statusCode(404);
    }

    @Test
    void discoveryWhenFirstSegmentIsNotAPoolIdThen404() {
        for (String segment : new String[] {"api", "a_b_c", "favicon.ico", "us-east-1_Bad-Id"}) {
            given().get("/" + segment + "/.well-known/openid-configuration").then().statusCode(404);
            given().get("/" + segment + "/.well-known/jwks.json").then().statusCode(404);
            given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials")
                    .post("/" + segment + "/oauth2/token").then().statusCode(404);
        }
    }

    @Test
    void discoveryWhenIdentityPoolKeyPathThenStillTheIdentityPoolDocument() {
        given().get("/identity-pools/.well-known/jwks.json").then().statusCode(200)
                .body("keys", org.hamcrest.Matchers.notNullValue());
    }
}
