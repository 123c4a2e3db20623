package io.gatehouse.iam;

import io.gatehouse.auth.Caller;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One operation to authorize: who calls, the IAM action ({@code iam:CreateUser}), the resource ARN
 * (or {@code *}), the account owning the resource (null when it is the caller's own), and the
 * request-specific condition keys the operation contributes (e.g. {@code aws:RequestTag/team},
 * {@code aws:TagKeys}, {@code iam:PermissionsBoundary}).
 */
public record AuthorizationRequest(Caller caller, String action, String resource, String resourceAccountId,
                                   Map<String, List<String>> requestKeys) {

    public AuthorizationRequest {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resource, "resource");
        requestKeys = Map.copyOf(Objects.requireNonNull(requestKeys, "requestKeys"));
    }

    /** An operation on a resource of the caller's own account with no request-specific keys. */
    public static AuthorizationRequest of(Caller caller, String action, String resource) {
        return new AuthorizationRequest(caller, action, resource, null, Map.of());
    }

    /** Request tags as AWS exposes them: {@code aws:RequestTag/<key>} per tag and {@code aws:TagKeys}. */
    public static Map<String, List<String>> tagKeys(Map<String, String> tags) {
        if (tags.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> keys = new HashMap<>();
        tags.forEach((key, value) -> keys.put("aws:RequestTag/" + key, List.of(value)));
        keys.put("aws:TagKeys", List.copyOf(tags.keySet()));
        return keys;
    }
}
