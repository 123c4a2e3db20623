package io.gatehouse.bench.load;

/** A GET of one discovered URL that must answer 200: the JWKS and discovery documents. */
final class GetScenario implements Scenario {

    private final String name;
    private final String url;

    private GetScenario(String name, String url) {
        this.name = name;
        this.url = url;
    }

    static Scenario jwks(Target target) throws Exception {
        return new GetScenario("jwks", target.endpoint("jwks_uri"));
    }

    static Scenario discovery(Target target) {
        return new GetScenario("discovery", target.issuer() + "/.well-known/openid-configuration");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void operate(Http http) throws Exception {
        Http.expect(name, http.get(url), 200);
    }
}
