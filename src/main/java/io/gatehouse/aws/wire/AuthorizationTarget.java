package io.gatehouse.aws.wire;

import java.util.Map;
import java.util.Objects;

/**
 * What a wire operation acts on, for the policy engine: the resource ARN ({@code *} when the
 * operation has no specific resource, like {@code CreateUserPool}) and the tags the request sets
 * ({@code aws:RequestTag/*}, {@code aws:TagKeys}).
 */
public record AuthorizationTarget(String resource, Map<String, String> requestTags) {

    public static final AuthorizationTarget ANY = new AuthorizationTarget("*", Map.of());

    public AuthorizationTarget {
        Objects.requireNonNull(resource, "resource");
        requestTags = Map.copyOf(Objects.requireNonNull(requestTags, "requestTags"));
    }

    public static AuthorizationTarget of(String resource) {
        return new AuthorizationTarget(resource, Map.of());
    }
}
