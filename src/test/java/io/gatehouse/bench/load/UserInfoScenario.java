package io.gatehouse.bench.load;

/** UserInfo with a random prepared user access token as bearer; the answer must name the token's {@code sub}. */
final class UserInfoScenario implements Scenario {

    private final PreparedTokens tokens;
    private final String url;

    UserInfoScenario(Target target) throws Exception {
        tokens = new PreparedTokens(target);
        url = target.endpoint("userinfo_endpoint");
    }

    @Override
    public String name() {
        return "userinfo";
    }

    @Override
    public void prepare(Http http) throws Exception {
        tokens.prepare();
    }

    @Override
    public void operate(Http http) throws Exception {
        Tokens presented = tokens.pick(http);
        var response = Http.expect(name(), http.get(url, "Authorization", "Bearer " + presented.accessToken()), 200);
        String sub = Tokens.text(Target.JSON.readTree(response.body()), "sub");
        if (!presented.subject().equals(sub)) {
            throw new LoadFailure(name() + ": the answer is for another subject");
        }
    }
}
