package io.gatehouse.sts;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A principal proved by an identity provider rather than by IAM credentials, as a role's trust
 * policy sees it: {@code federatedName} is what a {@code "Principal": {"Federated": …}} names (an IAM
 * OIDC provider's ARN, or {@code cognito-identity.amazonaws.com} for identity pools), {@code alias} a
 * second name it also answers to (the Cognito-style {@code cognito-idp.<region>.amazonaws.com/<poolId>}
 * of a Gatehouse user pool; null when none), {@code providerName} what AssumeRoleWithWebIdentity
 * reports as {@code Provider}, {@code subject} and {@code audience} the token's, and
 * {@code conditionKeys} the provider's condition keys ({@code <provider>:aud}, {@code :sub},
 * {@code :amr}…).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif">Available keys for OIDC federation</a>
 */
public record WebIdentityPrincipal(String federatedName, String alias, String providerName, String subject,
                                   String audience, Map<String, List<String>> conditionKeys) {

    public WebIdentityPrincipal {
        Objects.requireNonNull(federatedName, "federatedName");
        Objects.requireNonNull(providerName, "providerName");
        Objects.requireNonNull(subject, "subject");
        conditionKeys = Map.copyOf(Objects.requireNonNull(conditionKeys, "conditionKeys"));
    }
}
