package io.gatehouse.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The identity pool's enhanced flow, unsigned as in AWS: GetId, then GetCredentialsForIdentity,
 * both with {@code Logins} holding an ID token of the benchmark pool (collected in
 * {@link #prepare}, from the pool's client {@code identity-pool.client-id}, the one the identity
 * pool accepts) for the identity pool {@code identity-pool.id}. The second answer must hold
 * credentials of the pool's authenticated role. The identities already exist after the first
 * round, as for returning users.
 */
final class IdentityPoolScenario implements Scenario {

    private final Target target;
    private final String url;
    private final String identityPoolId;
    private final String provider;
    private volatile IdTokens tokens;

    IdentityPoolScenario(Target target) {
        this.target = target;
        this.url = target.baseUrl() + "/";
        this.identityPoolId = target.get("identity-pool.id");
        String poolId = target.get("pool-id");
        this.provider = "cognito-idp." + target.get("region") + ".amazonaws.com/" + poolId;
    }

    @Override
    public String name() {
        return "identity_pool";
    }

    @Override
    public int exchanges() {
        return 2;
    }

    @Override
    public void prepare(Http http) throws Exception {
        tokens = IdTokens.collect(http, target, "identity-pool", name());
    }

    @Override
    public void operate(Http http) throws Exception {
        String token = tokens.random();
        ObjectNode getId = AwsJson.object().put("IdentityPoolId", identityPoolId);
        getId.putObject("Logins").put(provider, token);
        JsonNode identity = AwsJson.call(http, url, name() + " GetId", AwsJson.COGNITO_IDENTITY + "GetId", getId);
        ObjectNode getCredentials = AwsJson.object().put("IdentityId", AwsJson.text(name(), identity, "IdentityId"));
        getCredentials.putObject("Logins").put(provider, token);
        JsonNode credentials = AwsJson.call(http, url, name() + " GetCredentialsForIdentity",
                AwsJson.COGNITO_IDENTITY + "GetCredentialsForIdentity", getCredentials);
        AwsJson.text(name(), credentials, "Credentials", "AccessKeyId");
        AwsJson.text(name(), credentials, "Credentials", "SessionToken");
    }
}
