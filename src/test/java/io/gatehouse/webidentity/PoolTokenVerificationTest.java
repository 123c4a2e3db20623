package io.gatehouse.webidentity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.SignedJWT;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.testing.AppFixtures;
import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.ForgedTokens;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.gatehouse.testing.PoolJwks;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;

/**
 * Tokens of a Gatehouse user pool, from a real USER_PASSWORD_AUTH sign-in: verified with the pool's
 * own keys through the provider registered for the pool, with the Cognito-style alias.
 */
@GatehouseTest
class PoolTokenVerificationTest {

    private static final String ACCOUNT = "000000000000";

    @Inject
    WebIdentityVerifier verifier;

    private String poolId;
    private PoolFixtures.Client client;
    private AuthenticationResultType tokens;

    @BeforeEach
    void signIn() {
        poolId = AppFixtures.pool(Map.of());
        client = AppFixtures.publicClient(poolId, AppFixtures.ALL_FLOWS);
        String username = PoolFixtures.createUser(poolId, "fed", Map.of("email", "fed@example.com"));
        try (CognitoIdentityProviderClient cognito = CognitoClients.unsigned()) {
            tokens = cognito.initiateAuth(r -> r.clientId(client.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", username, "PASSWORD", PoolFixtures.PASSWORD)))
                    .authenticationResult();
        }
    }

    @Test
    void verifyWhenIdTokenOfPoolThenIdentityWithCognitoAlias() {
        WebIdentity identity = verifier.verify(ACCOUNT, tokens.idToken());

        String name = "localhost:8080/" + poolId;
        String alias = "cognito-idp.us-east-1.amazonaws.com/" + poolId;
        assertThat(identity.providerArn()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":oidc-provider/" + name);
        assertThat(identity.providerName()).isEqualTo(name);
        assertThat(identity.issuer()).isEqualTo("http://" + name);
        assertThat(identity.cognitoAlias()).isEqualTo(alias);
        assertThat(identity.audience()).isEqualTo(client.clientId());
        assertThat(identity.subject()).isEqualTo(PoolJwks.claims(tokens.idToken()).getSubject());
        assertThat(identity.claims()).containsEntry("token_use", "id").containsEntry("email", "fed@example.com");
        assertThat(WebIdentityConditionKeys.of(identity)).containsEntry(name + ":aud", List.of(client.clientId()))
                .containsEntry(alias + ":aud", List.of(client.clientId()))
                .containsEntry(alias + ":sub", List.of(identity.subject()));
    }

    @Test
    void verifyWhenAccessTokenOfPoolThenInvalidIdentityToken() {
        assertRefused(ACCOUNT, tokens.accessToken()).hasMessageContaining("token_use=id");
    }

    @Test
    void verifyWhenAccountIsNotThePoolsThenNoProviderFound() {
        assertRefused("666666666614", tokens.idToken()).hasMessageStartingWith("No OpenIDConnect provider found");
    }

    @Test
    void verifyWhenForgedThenInvalidIdentityToken() throws ParseException, JOSEException {
        String token = tokens.idToken();
        byte[] publicKey = PoolJwks.keyOf(poolId, SignedJWT.parse(token)).toRSAPublicKey().getEncoded();

        assertRefused(ACCOUNT, ForgedTokens.unsigned(token));
        assertRefused(ACCOUNT, ForgedTokens.hmacWithPublicKey(token, publicKey));
        assertRefused(ACCOUNT, ForgedTokens.signedByOtherKey(token));
        assertRefused(ACCOUNT, ForgedTokens.tampered(token, Map.of("sub", "someone-else")));
        assertRefused(ACCOUNT, ForgedTokens.tampered(token, Map.of("aud", "not-a-client")));
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(String accountId, String token) {
        return assertThatThrownBy(() -> verifier.verify(accountId, token)).isInstanceOfSatisfying(GatehouseException.class,
                e -> assertThat(e.code()).isEqualTo(WebIdentityError.INVALID_IDENTITY_TOKEN));
    }
}
