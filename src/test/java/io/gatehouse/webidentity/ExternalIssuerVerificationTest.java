package io.gatehouse.webidentity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import io.gatehouse.account.TestAccounts;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.iam.OidcProviderService;
import io.gatehouse.testing.ForgedTokens;
import io.gatehouse.testing.GatehouseTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tokens of an external OIDC issuer that the test runs itself ({@link TestIssuer}): keys fetched
 * through discovery, cached, refetched on rotation, and every way a token must be refused.
 */
@GatehouseTest
class ExternalIssuerVerificationTest {

    private static final String ACCOUNT = "000000000000";
    private static final String OTHER_ACCOUNT = "666666666613";
    private static final String AUDIENCE = "ext-app";

    @Inject
    WebIdentityVerifier verifier;
    @Inject
    OidcProviderService providers;

    private TestIssuer idp;

    @BeforeEach
    void start() {
        idp = TestIssuer.start();
        providers.create(ACCOUNT, "test", idp.url(), List.of(AUDIENCE), List.of(), Map.of());
    }

    @AfterEach
    void stop() {
        idp.close();
    }

    @Test
    void verifyWhenRs256TokenOfRegisteredIssuerThenIdentityAndConditionKeys() {
        WebIdentity identity = verifier.verify(ACCOUNT, idp.rsaToken(AUDIENCE, b -> { }));

        String name = idp.url().substring("http://".length());
        assertThat(identity.providerArn()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":oidc-provider/" + name);
        assertThat(identity.providerName()).isEqualTo(name);
        assertThat(identity.issuer()).isEqualTo(idp.url());
        assertThat(identity.cognitoAlias()).isNull();
        assertThat(identity.subject()).isEqualTo("user-123");
        assertThat(identity.audience()).isEqualTo(AUDIENCE);
        assertThat(identity.audiences()).containsExactly(AUDIENCE);
        assertThat(identity.amr()).containsExactly("pwd");
        assertThat(identity.claims()).containsEntry("sub", "user-123").containsKey("exp");
        assertThat(identity.expiresAt()).isAfter(Instant.now());
        assertThat(identity.issuedAt()).isBefore(identity.expiresAt());
        assertThat(WebIdentityConditionKeys.of(identity)).containsExactly(
                Map.entry(name + ":aud", List.of(AUDIENCE)), Map.entry(name + ":sub", List.of("user-123")),
                Map.entry(name + ":amr", List.of("pwd")));
    }

    @Test
    void verifyWhenEs256TokenThenIdentityAndKeysFetchedOnce() {
        verifier.verify(ACCOUNT, idp.rsaToken(AUDIENCE, b -> { }));
        WebIdentity identity = verifier.verify(ACCOUNT, idp.ecToken(AUDIENCE, b -> b.subject("ec-user")));

        assertThat(identity.subject()).isEqualTo("ec-user");
        assertThat(idp.jwksFetches()).isEqualTo(1);
    }

    @Test
    void verifyWhenAzpPresentThenItIsTheAudienceAndAudValuesAreOaud() {
        WebIdentity identity = verifier.verify(ACCOUNT, idp.rsaToken(null,
                b -> b.audience(List.of("api://other", AUDIENCE)).claim("azp", AUDIENCE)));

        String name = idp.url().substring("http://".length());
        assertThat(identity.audience()).isEqualTo(AUDIENCE);
        assertThat(WebIdentityConditionKeys.of(identity)).containsEntry(name + ":oaud", List.of("api://other", AUDIENCE));
        assertRefused(idp.rsaToken(null, b -> b.audience(AUDIENCE).claim("azp", "someone-else")),
                WebIdentityError.INVALID_IDENTITY_TOKEN).hasMessage("Incorrect token audience");
    }

    @Test
    void verifyWhenAlgNoneOrHmacWithPublicKeyThenInvalidIdentityToken() throws JOSEException {
        String token = idp.rsaToken(AUDIENCE, b -> { });

        assertRefused(ForgedTokens.unsigned(token), WebIdentityError.INVALID_IDENTITY_TOKEN);
        assertRefused(ForgedTokens.hmacWithPublicKey(token, idp.rsaKey().toRSAPublicKey().getEncoded()),
                WebIdentityError.INVALID_IDENTITY_TOKEN).hasMessageContaining("HS256");
    }

    @Test
    void verifyWhenTamperedOrSignedByStrangerThenInvalidIdentityToken() {
        String token = idp.rsaToken(AUDIENCE, b -> { });

        assertRefused(ForgedTokens.tampered(token, Map.of("sub", "admin")), WebIdentityError.INVALID_IDENTITY_TOKEN)
                .hasMessage("Couldn't verify the token's signature");
        assertRefused(ForgedTokens.signedByOtherKey(token), WebIdentityError.INVALID_IDENTITY_TOKEN)
                .hasMessage("Couldn't verify the token's signature");
    }

    @Test
    void verifyWhenUnknownKidThenRefusedWithoutRefetchingWithinTheInterval() {
        String garbage1 = idp.tokenWithUnknownKey("invented-1", AUDIENCE);
        String garbage2 = idp.tokenWithUnknownKey("invented-2", AUDIENCE);
        verifier.verify(ACCOUNT, idp.rsaToken(AUDIENCE, b -> { }));

        assertRefused(garbage1, WebIdentityError.INVALID_IDENTITY_TOKEN).hasMessageContaining("invented-1");
        assertRefused(garbage2, WebIdentityError.INVALID_IDENTITY_TOKEN).hasMessageContaining("invented-2");
        assertThat(idp.jwksFetches()).isEqualTo(1);
    }

    @Test
    void verifyWhenIssuerRotatedKeysThenNewKidAcceptedAfterOneRefetch() throws InterruptedException {
        verifier.verify(ACCOUNT, idp.rsaToken(AUDIENCE, b -> { }));
        idp.rotate();
        String rotated = idp.rsaToken(AUDIENCE, b -> b.subject("after-rotation"));
        Thread.sleep(1_100);

        assertThat(verifier.verify(ACCOUNT, rotated).subject()).isEqualTo("after-rotation");
        assertThat(idp.jwksFetches()).isEqualTo(2);
    }

    @Test
    void verifyWhenExpiredOrNotYetValidThenRefused() {
        Instant now = Instant.now();
        assertRefused(idp.rsaToken(AUDIENCE, b -> b.issueTime(Date.from(now.minusSeconds(7200)))
                .expirationTime(Date.from(now.minusSeconds(60)))), WebIdentityError.EXPIRED_TOKEN)
                .hasMessageStartingWith("Token expired: current date/time");
        assertRefused(idp.rsaToken(AUDIENCE, b -> b.notBeforeTime(Date.from(now.plusSeconds(600)))),
                WebIdentityError.INVALID_IDENTITY_TOKEN).hasMessageStartingWith("The token is not valid before");
        assertRefused(idp.rsaToken(AUDIENCE, b -> b.expirationTime(null)), WebIdentityError.INVALID_IDENTITY_TOKEN);
    }

    @Test
    void verifyWhenAudienceNotAClientIdThenInvalidIdentityToken() {
        assertRefused(idp.rsaToken("another-app", b -> { }), WebIdentityError.INVALID_IDENTITY_TOKEN)
                .hasMessage("Incorrect token audience");
    }

    @Test
    void verifyWhenIssuerUnregisteredOrOfAnotherAccountThenInvalidIdentityToken() {
        try (TestIssuer stranger = TestIssuer.start()) {
            String token = stranger.rsaToken(AUDIENCE, b -> { });
            assertRefused(token, WebIdentityError.INVALID_IDENTITY_TOKEN)
                    .hasMessage("No OpenIDConnect provider found in your account for " + stranger.url());

            TestAccounts.root(OTHER_ACCOUNT, "AKIAWEBIDOTHER000001", "web-identity-other-account-secret-000000");
            providers.create(OTHER_ACCOUNT, "test", stranger.url(), List.of(AUDIENCE), List.of(), Map.of());
            assertRefused(token, WebIdentityError.INVALID_IDENTITY_TOKEN);
            assertThat(verifier.verify(OTHER_ACCOUNT, token).providerArn()).startsWith("arn:aws:iam::" + OTHER_ACCOUNT);
        }
    }

    @Test
    void verifyWhenMalformedOrOversizedThenInvalidIdentityToken() {
        assertRefused("not-a-jwt", WebIdentityError.INVALID_IDENTITY_TOKEN);
        assertRefused("", WebIdentityError.INVALID_IDENTITY_TOKEN);
        assertRefused(null, WebIdentityError.INVALID_IDENTITY_TOKEN);
        assertRefused(idp.rsaToken(AUDIENCE, b -> b.claim("padding", "x".repeat(20_000))),
                WebIdentityError.INVALID_IDENTITY_TOKEN).hasMessageContaining("20000");
        assertThat(idp.jwksFetches()).isZero();
    }

    @Test
    void verifyWhenIssuerUnreachableThenIdpCommunicationError() {
        String token;
        String url;
        try (TestIssuer gone = TestIssuer.start()) {
            token = gone.rsaToken(AUDIENCE, b -> { });
            url = gone.url();
        }
        providers.create(ACCOUNT, "test", url, List.of(AUDIENCE), List.of(), Map.of());

        assertRefused(token, WebIdentityError.IDP_COMMUNICATION_ERROR);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(String token, WebIdentityError error) {
        return assertThatThrownBy(() -> verifier.verify(ACCOUNT, token))
                .isInstanceOfSatisfying(GatehouseException.class, e -> assertThat(e.code()).isEqualTo(error));
    }
}
