package io.gatehouse.identitypool;

/** ARNs and provider names of the identity-pool world, spelled as AWS spells them. */
public final class IdentityPoolArns {

    /** The {@code Federated} principal name of identity-pool tokens in role trust policies. */
    public static final String FEDERATED_PRINCIPAL = "cognito-identity.amazonaws.com";

    private IdentityPoolArns() {
    }

    public static String pool(String region, String accountId, String poolId) {
        return "arn:aws:cognito-identity:" + region + ":" + accountId + ":identitypool/" + poolId;
    }

    /** The identity-pool provider name of a Gatehouse user pool: {@code cognito-idp.<region>.amazonaws.com/<poolId>}. */
    public static String userPoolProvider(String region, String userPoolId) {
        return "cognito-idp." + region + ".amazonaws.com/" + userPoolId;
    }

    /** The pool id an identity-pool ARN names, or null when it is not one. */
    public static String poolIdOf(String arn) {
        if (arn == null || !arn.startsWith("arn:aws:cognito-identity:")) {
            return null;
        }
        int slash = arn.indexOf(":identitypool/");
        return slash < 0 ? null : arn.substring(slash + ":identitypool/".length());
    }
}
