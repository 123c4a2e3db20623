package io.gatehouse.oidc;

import static io.gatehouse.testing.OidcFlows.ALICE;
import static io.gatehouse.testing.OidcFlows.ALICE_PASSWORD;
import static io.gatehouse.testing.OidcFlows.DEMO_CALLBACK;
import static io.gatehouse.testing.OidcFlows.DEMO_POOL;
import static io.gatehouse.testing.OidcFlows.DEMO_WEB;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenIntrospectionRequest;
import com.nimbusds.oauth2.sdk.TokenIntrospectionResponse;
import com.nimbusds.oauth2.sdk.TokenIntrospectionSuccessResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.TokenRevocationRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.UserInfo;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.AccessTokenValidator;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.OidcFlows;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The OP seen through an independent client library, the Nimbus OAuth 2.0 / OIDC SDK: metadata,
 * authentication request, response parsing, token exchange, ID token validation (signature,
 * issuer, audience, nonce, at_hash), UserInfo, refresh, revocation, client credentials and
 * introspection are all built and parsed by the library, not by Gatehouse code or hand-written
 * JSON handling. The browser part (login form) is OidcFlows' cookie-keeping RestAssured browser,
 * fed with the query of the library-built authorization URL.
 *
 * <p>Endpoint URIs: in tests the service listens on a random port, while GATEHOUSE_PUBLIC_URL
 * (and so the issuer and every endpoint in the metadata) stays {@code http://localhost:8080}.
 * {@link #local(URI)} rewrites that origin to the test port before a request is sent; the issuer
 * itself is validated unchanged, as a real client would.
 */
@GatehouseTest
class IndependentClientProtocolTest {

    static final String PUBLIC_ORIGIN = "http://localhost:8080";
    static final Issuer ISSUER = new Issuer(PUBLIC_ORIGIN + "/" + DEMO_POOL);
    static final ClientID WEB = new ClientID(DEMO_WEB);
    static final ClientAuthentication SERVICE = new ClientSecretBasic(new ClientID("demo-service"),
            new Secret("demo-service-secret"));

    @Test
    void metadataWhenParsedByLibraryThenIssuerAndEndpointsUnderIt() throws Exception {
        OIDCProviderMetadata metadata = metadata();

        assertThat(metadata.getIssuer()).isEqualTo(ISSUER);
        assertThat(List.of(metadata.getAuthorizationEndpointURI(), metadata.getTokenEndpointURI(),
                metadata.getUserInfoEndpointURI(), metadata.getJWKSetURI(), metadata.getRevocationEndpointURI(),
                metadata.getIntrospectionEndpointURI()))
                .allSatisfy(uri -> assertThat(uri.toString()).startsWith(ISSUER.getValue() + "/"));
        assertThat(metadata.getIDTokenJWSAlgs()).contains(JWSAlgorithm.RS256);
        assertThat(metadata.getCodeChallengeMethods()).contains(CodeChallengeMethod.S256);
    }

    @Test
    void codeFlowWhenDrivenByLibraryThenIdTokenValidatesWithNonceAndAtHash() throws Exception {
        OIDCProviderMetadata metadata = metadata();
        SignIn signIn = signIn(metadata);

        IDTokenClaimsSet id = idTokenValidator(metadata).validate(signIn.tokens().getIDToken(), signIn.nonce());

        assertThat(id.getIssuer()).isEqualTo(ISSUER);
        assertThat(id.getAudience()).extracting(a -> a.getValue()).containsExactly(DEMO_WEB);
        assertThat(id.getNonce()).isEqualTo(signIn.nonce());
        assertThat(id.getAuthenticationTime()).isNotNull();
        assertThat(id.getStringClaim("cognito:username")).isEqualTo(ALICE);
        AccessTokenValidator.validate(signIn.tokens().getAccessToken(), JWSAlgorithm.RS256, id.getAccessTokenHash());
    }

    @Test
    void codeFlowWhenRedirectParsedByLibraryThenStateAndIssuerMatch() throws Exception {
        OIDCProviderMetadata metadata = metadata();
        SignIn signIn = signIn(metadata);

        assertThat(signIn.redirect().getState()).isEqualTo(signIn.state());
        assertThat(signIn.redirect().getIssuer()).isEqualTo(ISSUER);
    }

    @Test
    void idTokenValidatorWhenOtherClientIdThenRejected() throws Exception {
        OIDCProviderMetadata metadata = metadata();
        SignIn signIn = signIn(metadata);
        IDTokenValidator forOtherClient = new IDTokenValidator(ISSUER, new ClientID("someone-else"),
                JWSAlgorithm.RS256, jwks(metadata));

        assertThatThrownBy(
                () -> forOtherClient.validate(signIn.tokens().getIDToken(), signIn.nonce()))
                .isInstanceOf(BadJWTException.class);
    }

    @Test
    void idTokenValidatorWhenWrongNonceThenRejected() throws Exception {
        OIDCProviderMetadata metadata = metadata();
        SignIn signIn = signIn(metadata);

        assertThatThrownBy(
                () -> idTokenValidator(metadata).validate(signIn.tokens().getIDToken(), new Nonce()))
                .isInstanceOf(BadJWTException.class);
    }

    @Test
    void userInfoWhenRequestedByLibraryThenSameSubjectAsIdToken() throws Exception {
        OIDCProviderMetadata metadata = metadata();
        SignIn signIn = signIn(metadata);
        IDTokenClaimsSet id = idTokenValidator(metadata).validate(signIn.tokens().getIDToken(), signIn.nonce());

        HTTPResponse http = new UserInfoRequest(local(metadata.getUserInfoEndpointURI()),
                signIn.tokens().getBearerAccessToken()).toHTTPRequest().send();
        UserInfoResponse response = UserInfoResponse.parse(http);

        assertThat(response.indicatesSuccess()).as("userinfo: %s", http.getBody()).isTrue();
        UserInfo info = response.toSuccessResponse().getUserInfo();
        assertThat(info.getSubject()).isEqualTo(id.getSubject());
        assertThat(info.getEmailAddress()).isEqualTo("alice@example.com");
        assertThat(info.getEmailVerified()).isTrue();
        assertThat(info.getStringClaim("username")).isEqualTo(ALICE);
    }

    @Test
    void refreshWhenRequestedByLibraryThenNewValidIdTokenWithoutNonce() throws Exception {
        OIDCProviderMetadata metadata = metadata();
        SignIn signIn = signIn(metadata);

        HTTPResponse http = new TokenRequest(local(metadata.getTokenEndpointURI()), WEB,
                new RefreshTokenGrant(signIn.tokens().getRefreshToken())).toHTTPRequest().send();
        TokenResponse response = OIDCTokenResponseParser.parse(http);

        assertThat(response.indicatesSuccess()).as("refresh: %s", http.getBody()).isTrue();
        OIDCTokens refreshed = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens();
        assertThat(refreshed.getRefreshToken()).isNotEqualTo(signIn.tokens().getRefreshToken());
        IDTokenClaimsSet id = idTokenValidator(metadata).validate(refreshed.getIDToken(), null);
        assertThat(id.getSubject().getValue()).isEqualTo(signIn.tokens().getIDToken().getJWTClaimsSet().getSubject());
    }

    @Test
    void revocationWhenRequestedByLibraryThenRefreshFailsWithInvalidGrant() throws Exception {
        OIDCProviderMetadata metadata = metadata();
        SignIn signIn = signIn(metadata);

        HTTPResponse revoked = new TokenRevocationRequest(local(metadata.getRevocationEndpointURI()), WEB,
                signIn.tokens().getRefreshToken()).toHTTPRequest().send();
        HTTPResponse http = new TokenRequest(local(metadata.getTokenEndpointURI()), WEB,
                new RefreshTokenGrant(signIn.tokens().getRefreshToken())).toHTTPRequest().send();

        assertThat(revoked.getStatusCode()).isEqualTo(200);
        TokenResponse response = OIDCTokenResponseParser.parse(http);
        assertThat(response.indicatesSuccess()).isFalse();
        TokenErrorResponse error = response.toErrorResponse();
        assertThat(error.getErrorObject().getCode()).isEqualTo(OAuth2Error.INVALID_GRANT.getCode());
        assertThat(error.getErrorObject().getDescription()).isNotBlank();
    }

    @Test
    void clientCredentialsWhenRequestedByLibraryThenIntrospectionActive() throws Exception {
        OIDCProviderMetadata metadata = metadata();
        Scope read = new Scope("https://api.demo.local/read");

        HTTPResponse http = new TokenRequest(local(metadata.getTokenEndpointURI()), SERVICE,
                new ClientCredentialsGrant(), read).toHTTPRequest().send();
        TokenResponse response = TokenResponse.parse(http);
        assertThat(response.indicatesSuccess()).as("cc: %s", http.getBody()).isTrue();
        AccessToken access = ((AccessTokenResponse) response.toSuccessResponse()).getTokens().getAccessToken();
        TokenIntrospectionResponse introspection = TokenIntrospectionResponse.parse(new TokenIntrospectionRequest(
                local(metadata.getIntrospectionEndpointURI()), SERVICE, access).toHTTPRequest().send());

        assertThat(access).isInstanceOf(BearerAccessToken.class);
        assertThat(access.getLifetime()).isEqualTo(3600);
        TokenIntrospectionSuccessResponse active = introspection.toSuccessResponse();
        assertThat(active.isActive()).isTrue();
        assertThat(active.getScope()).isEqualTo(read);
        assertThat(active.getClientID()).isEqualTo(new ClientID("demo-service"));
    }

    @Test
    void clientCredentialsWhenWrongSecretThenLibraryParsesInvalidClient() throws Exception {
        OIDCProviderMetadata metadata = metadata();

        HTTPResponse http = new TokenRequest(local(metadata.getTokenEndpointURI()),
                new ClientSecretBasic(new ClientID("demo-service"), new Secret("wrong")), new ClientCredentialsGrant())
                .toHTTPRequest().send();
        TokenResponse response = TokenResponse.parse(http);

        assertThat(response.indicatesSuccess()).isFalse();
        assertThat(response.toErrorResponse().getErrorObject().getCode()).isEqualTo(OAuth2Error.INVALID_CLIENT.getCode());
        assertThat(response.toErrorResponse().getErrorObject().getHTTPStatusCode()).isEqualTo(401);
        assertThat(http.getHeaderValue("WWW-Authenticate")).startsWith("Basic");
    }

    // ---- the client

    /** A completed sign-in: the library-parsed redirect and token response, and what the client generated. */
    record SignIn(State state, Nonce nonce, AuthenticationSuccessResponse redirect, OIDCTokens tokens) {
    }

    /** The discovery document fetched from the test port and parsed by the library. */
    static OIDCProviderMetadata metadata() throws Exception {
        String json = given().get("/" + DEMO_POOL + "/.well-known/openid-configuration")
                .then().statusCode(200).extract().asString();
        return OIDCProviderMetadata.parse(json);
    }

    static JWKSet jwks(OIDCProviderMetadata metadata) throws Exception {
        return JWKSet.load(local(metadata.getJWKSetURI()).toURL());
    }

    static IDTokenValidator idTokenValidator(OIDCProviderMetadata metadata) throws Exception {
        return new IDTokenValidator(metadata.getIssuer(), WEB, JWSAlgorithm.RS256, jwks(metadata));
    }

    /** Code flow with PKCE S256, state and nonce, all generated and encoded by the library. */
    static SignIn signIn(OIDCProviderMetadata metadata) throws Exception {
        CodeVerifier verifier = new CodeVerifier();
        State state = new State();
        Nonce nonce = new Nonce();
        AuthenticationRequest request = new AuthenticationRequest.Builder(ResponseType.CODE,
                new Scope("openid", "email", "profile"), WEB, URI.create(DEMO_CALLBACK))
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(state).nonce(nonce).codeChallenge(verifier, CodeChallengeMethod.S256).build();

        OidcFlows.Browser browser = OidcFlows.browser();
        Response authorize = browser.authorize(DEMO_POOL, singleValued(request.toURI()));
        Response done = browser.submitLogin(browser.openLogin(authorize), ALICE, ALICE_PASSWORD);
        assertThat(done.statusCode()).as("login: %s", done.asString()).isEqualTo(303);

        AuthenticationResponse parsed = AuthenticationResponseParser.parse(URI.create(done.getHeader("Location")));
        assertThat(parsed.indicatesSuccess()).as("authorization response %s", done.getHeader("Location")).isTrue();
        AuthenticationSuccessResponse redirect = parsed.toSuccessResponse();
        AuthorizationCode code = redirect.getAuthorizationCode();

        HTTPResponse http = new TokenRequest(local(metadata.getTokenEndpointURI()), WEB,
                new AuthorizationCodeGrant(code, URI.create(DEMO_CALLBACK), verifier)).toHTTPRequest().send();
        TokenResponse response = OIDCTokenResponseParser.parse(http);
        assertThat(response.indicatesSuccess()).as("token response %s", http.getBody()).isTrue();
        return new SignIn(state, nonce, redirect, ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens());
    }

    /** The library-built authorization URL's query parameters, as OidcFlows' browser takes them. */
    private static Map<String, String> singleValued(URI authorizationUrl) {
        Map<String, String> out = new LinkedHashMap<>();
        URLUtils.parseParameters(authorizationUrl.getRawQuery()).forEach((name, values) -> {
            assertThat(values).as("parameter %s", name).hasSize(1);
            out.put(name, values.get(0));
        });
        return out;
    }

    /** The metadata's {@code http://localhost:8080} origin replaced by the test server's (see class doc). */
    static URI local(URI published) {
        String uri = published.toString();
        assertThat(uri).startsWith(PUBLIC_ORIGIN + "/");
        return URI.create(RestAssured.baseURI + ":" + RestAssured.port + uri.substring(PUBLIC_ORIGIN.length()));
    }
}
