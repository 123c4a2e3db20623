package io.gatehouse.aws.wire;

import io.gatehouse.iam.AuthorizationRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a wire operation acts on, for the policy engine: the resource ARN ({@code *} when the
 * operation has no specific resource, like {@code CreateUserPool}), the tags the request sets
 * ({@code aws:RequestTag/*}, {@code aws:TagKeys}) and service-specific condition keys of the
 * request (e.g. {@code iam:PolicyARN}, {@code iam:PermissionsBoundary}).
 */
public record AuthorizationTarget(String resource, Map<String, String> requestTags,
                                  Map<String, List<String>> conditionKeys) {

    public static final AuthorizationTarget ANY = of("*");

    public AuthorizationTarget {
        Objects.requireNonNull(resource, "resource");
        requestTags = Map.copyOf(Objects.requireNonNull(requestTags, "requestTags"));
        conditionKeys = Map.copyOf(Objects.requireNonNull(conditionKeys, "conditionKeys"));
    }

    public AuthorizationTarget(String resource, Map<String, String> requestTags) {
        this(resource, requestTags, Map.of());
    }

    public static AuthorizationTarget of(String resource) {
        return new AuthorizationTarget(resource, Map.of(), Map.of());
    }

    /** The request's condition keys: request tags as {@code aws:RequestTag/*} and {@code aws:TagKeys}, plus the others. */
    public Map<String, List<String>> requestKeys() {
        Map<String, List<String>> keys = new HashMap<>(AuthorizationRequest.tagKeys(requestTags));
        keys.putAll(conditionKeys);
        return keys;
    }
}
