package io.gatehouse.realm;

import io.gatehouse.userpool.ResourceScope;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A resource server declared by a realm file. {@code scopes}, when declared, replace the stored
 * list; null means "not declared": empty at creation, unchanged on update.
 */
public record RealmResourceServer(String identifier, String name, List<ResourceScope> scopes) {

    static final Set<String> KEYS = Set.of("identifier", "name", "scopes");
    private static final Set<String> SCOPE_KEYS = Set.of("name", "description");

    public RealmResourceServer {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(name, "name");
        scopes = scopes == null ? null : List.copyOf(scopes);
    }

    static RealmResourceServer parse(JsonObjectReader in) {
        String identifier = in.requiredString("identifier");
        String name = in.requiredString("name");
        List<ResourceScope> scopes = in.optionalObjects("scopes", SCOPE_KEYS, RealmResourceServer::scope);
        if (scopes != null) {
            in.requireUnique("scopes", scopes, ResourceScope::name, "scope name");
        }
        return new RealmResourceServer(identifier, name, scopes);
    }

    private static ResourceScope scope(JsonObjectReader in) {
        return new ResourceScope(in.requiredString("name"), in.optionalString("description"));
    }
}
