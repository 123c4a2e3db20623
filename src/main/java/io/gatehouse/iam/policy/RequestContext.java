package io.gatehouse.iam.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One request to authorize: the action ({@code service:Action}, matched case-insensitively), the
 * resource ARN (matched case-sensitively), the principal, and the request's condition context.
 * Condition keys are case-insensitive (stored lower-cased); values are strings, interpreted by each
 * condition operator (numbers, dates, booleans, IP addresses, ARNs) when it compares them.
 * A multi-valued key ({@code aws:TagKeys}) holds several values.
 */
public final class RequestContext {

    private final String action;
    private final String resource;
    private final RequestPrincipal principal;
    private final Map<String, List<String>> values;

    private RequestContext(Builder builder) {
        this.action = Objects.requireNonNull(builder.action, "action");
        this.resource = Objects.requireNonNull(builder.resource, "resource");
        this.principal = Objects.requireNonNull(builder.principal, "principal");
        this.values = Map.copyOf(builder.values);
    }

    public static Builder builder() {
        return new Builder();
    }

    public String action() {
        return action;
    }

    public String resource() {
        return resource;
    }

    public RequestPrincipal principal() {
        return principal;
    }

    /** The values of a condition key, or an empty list when the request does not carry it. */
    public List<String> values(String key) {
        return values.getOrDefault(key.toLowerCase(Locale.ROOT), List.of());
    }

    /** All condition keys (lower-cased) with their values. */
    public Map<String, List<String>> values() {
        return values;
    }

    /** A copy of this request for another action and resource, with the same principal and context. */
    public RequestContext withActionAndResource(String otherAction, String otherResource) {
        Builder builder = new Builder();
        builder.values.putAll(values);
        return builder.action(otherAction).resource(otherResource).principal(principal).build();
    }

    /** Collects the parts of a {@link RequestContext}. */
    public static final class Builder {

        private String action;
        private String resource;
        private RequestPrincipal principal;
        private final Map<String, List<String>> values = new HashMap<>();

        private Builder() {
        }

        public Builder action(String value) {
            this.action = value;
            return this;
        }

        public Builder resource(String value) {
            this.resource = value;
            return this;
        }

        public Builder principal(RequestPrincipal value) {
            this.principal = value;
            return this;
        }

        /** Sets a single-valued condition key. */
        public Builder put(String key, String value) {
            return put(key, List.of(value));
        }

        /** Sets a (possibly multi-valued) condition key; an empty list removes it. */
        public Builder put(String key, List<String> keyValues) {
            String normalized = key.toLowerCase(Locale.ROOT);
            if (keyValues.isEmpty()) {
                values.remove(normalized);
            } else {
                values.put(normalized, List.copyOf(keyValues));
            }
            return this;
        }

        public RequestContext build() {
            return new RequestContext(this);
        }
    }
}
