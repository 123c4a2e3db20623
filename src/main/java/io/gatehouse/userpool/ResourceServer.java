package io.gatehouse.userpool;

import java.util.List;

/** An API protected by the pool's access tokens; its scopes are requested as {@code <identifier>/<scope>}. */
public record ResourceServer(String poolId, String identifier, String name, List<ResourceScope> scopes) {

    public ResourceServer {
        scopes = List.copyOf(scopes);
    }

    /** Full scope names as they appear in tokens, e.g. {@code https://api.demo.local/read}. */
    public List<String> qualifiedScopes() {
        return scopes.stream().map(s -> identifier + "/" + s.name()).toList();
    }
}
