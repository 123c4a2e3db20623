package io.gatehouse.bench.load;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A SigV4-signed admin read: Cognito ListUsers ({@code Limit} 10) of the benchmark pool on the JSON
 * wire, signed for {@code cognito-idp} with the key of the IAM user {@code sigv4.user-name}, made in
 * {@link #prepare}. Not the root user, whom policy evaluation skips: the user's ten managed policies
 * (half through a group) are evaluated on every request. The answer must list users. Measures
 * signature verification, the policy decision and one indexed page read.
 */
final class SignedListUsersScenario implements Scenario {

    private final Target target;
    private final String url;
    private final String body;
    private volatile SigV4 signer;

    SignedListUsersScenario(Target target) {
        this.target = target;
        this.url = target.baseUrl() + "/";
        this.body = AwsJson.object().put("UserPoolId", target.get("pool-id")).put("Limit", 10).toString();
    }

    @Override
    public String name() {
        return "sigv4_list_users";
    }

    @Override
    public void prepare(Http http) throws Exception {
        IamAccessKeys.Key key = new IamAccessKeys(target).replace(http, name() + " prepare",
                target.get("sigv4.user-name"));
        signer = new SigV4(key.accessKeyId(), key.secretAccessKey(), "cognito-idp", target.get("region"));
    }

    @Override
    public void operate(Http http) throws Exception {
        var request = signer.post(url, AwsJson.CONTENT_TYPE, body, AwsJson.TARGET, AwsJson.COGNITO_IDP + "ListUsers");
        JsonNode users = AwsJson.parse(name(), http.send(request)).path("Users");
        if (!users.isArray() || users.isEmpty()) {
            throw new LoadFailure(name() + ": no Users in the answer");
        }
    }
}
