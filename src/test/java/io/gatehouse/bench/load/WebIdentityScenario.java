package io.gatehouse.bench.load;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * STS AssumeRoleWithWebIdentity over the query protocol, unsigned as in AWS, with an ID token of
 * the benchmark pool (collected in {@link #prepare}) for the role {@code web-identity.role-arn},
 * whose trust policy names the pool's provider and the app client as audience. The answer must
 * hold temporary credentials. Measures token verification, the trust-policy decision and
 * session-token sealing.
 */
final class WebIdentityScenario implements Scenario {

    private final Target target;
    private final String url;
    private final String roleArn;
    private volatile IdTokens tokens;

    WebIdentityScenario(Target target) {
        this.target = target;
        this.url = target.baseUrl() + "/";
        this.roleArn = target.get("web-identity.role-arn");
    }

    @Override
    public String name() {
        return "assume_role_web_identity";
    }

    @Override
    public void prepare(Http http) throws Exception {
        tokens = IdTokens.collect(http, target, "app", name());
    }

    @Override
    public void operate(Http http) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("Action", "AssumeRoleWithWebIdentity");
        form.put("Version", "2011-06-15");
        form.put("RoleArn", roleArn);
        form.put("RoleSessionName", "bench-load");
        form.put("WebIdentityToken", tokens.random());
        var response = Http.expect(name(), http.postForm(url, form), 200);
        if (!response.body().contains("<AccessKeyId>ASIA")) {
            throw new LoadFailure(name() + ": no temporary AccessKeyId in the answer");
        }
    }
}
