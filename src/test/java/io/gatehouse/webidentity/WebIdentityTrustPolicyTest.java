package io.gatehouse.webidentity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.iam.RoleService;
import io.gatehouse.sts.RoleSessionRequest;
import io.gatehouse.sts.RoleSessions;
import io.gatehouse.sts.WebIdentityPrincipal;
import io.gatehouse.testing.AppFixtures;
import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;

/**
 * A verified user-pool ID token as a trust policy sees it: the provider ARN (or the Cognito-style
 * alias) as the federated principal and the condition keys of {@link WebIdentityConditionKeys}.
 */
@GatehouseTest
class WebIdentityTrustPolicyTest {

    private static final String ACCOUNT = "000000000000";

    @Inject
    WebIdentityVerifier verifier;
    @Inject
    RoleService roles;
    @Inject
    RoleSessions sessions;

    private String poolId;
    private String clientId;
    private WebIdentity identity;

    @BeforeEach
    void signIn() {
        poolId = AppFixtures.pool(Map.of());
        clientId = AppFixtures.publicClient(poolId, AppFixtures.ALL_FLOWS).clientId();
        String username = PoolFixtures.createUser(poolId, "trust", Map.of());
        try (CognitoIdentityProviderClient cognito = CognitoClients.unsigned()) {
            String idToken = cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", username, "PASSWORD", PoolFixtures.PASSWORD)))
                    .authenticationResult().idToken();
            identity = verifier.verify(ACCOUNT, idToken);
        }
    }

    @Test
    void assumeWhenTrustNamesProviderArnAndAudThenSession() {
        String role = role(identity.providerArn(), identity.providerName() + ":aud", clientId);

        assertThat(sessions.assumeRoleWithWebIdentity(principal(), RoleSessionRequest.of(role, "web")).arn())
                .isEqualTo("arn:aws:sts::" + ACCOUNT + ":assumed-role/" + role.substring(role.lastIndexOf('/') + 1) + "/web");
    }

    @Test
    void assumeWhenTrustNamesCognitoAliasAndItsSubThenSession() {
        String role = role(identity.cognitoAlias(), identity.cognitoAlias() + ":sub", identity.subject());

        assertThat(sessions.assumeRoleWithWebIdentity(principal(), RoleSessionRequest.of(role, "web")).arn())
                .endsWith("/web");
    }

    @Test
    void assumeWhenAudConditionNamesAnotherClientThenAccessDenied() {
        String role = role(identity.providerArn(), identity.providerName() + ":aud", "another-client");

        assertThatThrownBy(() -> sessions.assumeRoleWithWebIdentity(principal(), RoleSessionRequest.of(role, "web")))
                .isInstanceOfSatisfying(GatehouseException.class,
                        e -> assertThat(e.code().awsName()).isEqualTo("AccessDenied"));
    }

    private WebIdentityPrincipal principal() {
        return new WebIdentityPrincipal(identity.providerArn(), identity.cognitoAlias(), identity.providerName(),
                identity.subject(), identity.audience(), WebIdentityConditionKeys.of(identity));
    }

    private String role(String federated, String conditionKey, String value) {
        String name = PoolFixtures.unique("web-role");
        String trust = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"%s"},
                "Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringEquals":{"%s":"%s"}}}]}"""
                .formatted(federated, conditionKey, value);
        return roles.create(ACCOUNT, "test", new RoleService.NewRole(name, null, trust, null, null, null, Map.of())).arn();
    }
}
