package io.gatehouse.aws.wire;

import java.util.Objects;

/** What a query-protocol response is made of: the action, its service's XML namespace and the result. */
public record QueryResponse(String action, String namespace, QueryResult result) {

    public QueryResponse {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(result, "result");
    }
}
