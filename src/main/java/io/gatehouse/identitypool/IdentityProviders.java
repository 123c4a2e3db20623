package io.gatehouse.identitypool;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The sign-in providers an identity pool trusts: social providers by domain
 * ({@code SupportedLoginProviders}, kept and echoed; Gatehouse verifies none of them), Cognito user
 * pools with the app clients whose ID tokens count, IAM OIDC providers by ARN, and SAML providers
 * by ARN (kept and echoed).
 */
public record IdentityProviders(Map<String, String> supportedLoginProviders, List<CognitoProvider> cognitoProviders,
                                List<String> openIdConnectProviderArns, List<String> samlProviderArns) {

    public static final IdentityProviders NONE = new IdentityProviders(Map.of(), List.of(), List.of(), List.of());

    public IdentityProviders {
        supportedLoginProviders = Map.copyOf(Objects.requireNonNull(supportedLoginProviders, "supportedLoginProviders"));
        cognitoProviders = List.copyOf(Objects.requireNonNull(cognitoProviders, "cognitoProviders"));
        openIdConnectProviderArns = List.copyOf(Objects.requireNonNull(openIdConnectProviderArns, "openIdConnectProviderArns"));
        samlProviderArns = List.copyOf(Objects.requireNonNull(samlProviderArns, "samlProviderArns"));
    }

    /** The client ids configured for a user-pool provider name; empty when it is not configured. */
    public List<String> clientIdsOf(String providerName) {
        return cognitoProviders.stream().filter(p -> p.providerName().equals(providerName))
                .map(CognitoProvider::clientId).toList();
    }

    /** The OIDC provider ARN whose name (issuer without scheme) is {@code providerName}, or null. */
    public String openIdConnectArnOf(String providerName) {
        return openIdConnectProviderArns.stream()
                .filter(arn -> arn.endsWith(":oidc-provider/" + providerName)).findFirst().orElse(null);
    }

    /** A user pool and app client whose ID tokens sign identities in: {@code cognito-idp.<region>.amazonaws.com/<poolId>}. */
    public record CognitoProvider(String providerName, String clientId, boolean serverSideTokenCheck) {

        public CognitoProvider {
            Objects.requireNonNull(providerName, "providerName");
            Objects.requireNonNull(clientId, "clientId");
        }

        /** The user pool id after the last {@code /} of the provider name. */
        public String userPoolId() {
            return providerName.substring(providerName.lastIndexOf('/') + 1);
        }
    }
}
