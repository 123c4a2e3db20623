package io.gatehouse.webidentity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The condition keys a trust policy sees for a web identity, as AWS sets them for OIDC federation:
 * {@code <provider>:aud} (the audience: {@code azp} when the token has it), {@code <provider>:oaud}
 * (the token's {@code aud} values, when {@code azp} took their place), {@code <provider>:sub} and
 * {@code <provider>:amr}, where {@code <provider>} is the provider name (issuer URL without scheme).
 * For a Gatehouse user pool the same keys are also set under its Cognito-style alias
 * ({@code cognito-idp.<region>.amazonaws.com/<poolId>:aud}…).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif">Available keys for AWS OIDC federation</a>
 */
public final class WebIdentityConditionKeys {

    private WebIdentityConditionKeys() {
    }

    public static Map<String, List<String>> of(WebIdentity identity) {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        put(keys, identity.providerName(), identity);
        if (identity.cognitoAlias() != null) {
            put(keys, identity.cognitoAlias(), identity);
        }
        return keys;
    }

    private static void put(Map<String, List<String>> keys, String prefix, WebIdentity identity) {
        keys.put(prefix + ":aud", List.of(identity.audience()));
        keys.put(prefix + ":sub", List.of(identity.subject()));
        if (identity.claims().containsKey("azp") && !identity.audiences().isEmpty()) {
            keys.put(prefix + ":oaud", identity.audiences());
        }
        if (!identity.amr().isEmpty()) {
            keys.put(prefix + ":amr", identity.amr());
        }
    }
}
