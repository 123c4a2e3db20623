package io.gatehouse.identitypool;

import java.util.Map;
import java.util.Objects;

/**
 * Which token claims become principal (session) tags for one provider
 * (SetPrincipalTagAttributeMap): {@code tags} maps a tag key to a claim name; with
 * {@code useDefaults} the AWS defaults for user pools apply instead ({@code client} ← {@code aud},
 * {@code username} ← {@code sub}).
 */
public record PrincipalTagMap(boolean useDefaults, Map<String, String> tags) {

    /** The AWS default mapping of a user-pool provider. */
    public static final Map<String, String> USER_POOL_DEFAULTS = Map.of("client", "aud", "username", "sub");

    public PrincipalTagMap {
        tags = Map.copyOf(Objects.requireNonNull(tags, "tags"));
    }

    /** The tag-key → claim mapping in effect. */
    public Map<String, String> effective() {
        return useDefaults ? USER_POOL_DEFAULTS : tags;
    }
}
