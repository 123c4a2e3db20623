package io.gatehouse.aws.wire;

/**
 * Handles one AWS query operation: reads the call's parameters, calls the domain service, and
 * returns the members of {@code <{Action}Result>} ({@link QueryResult#none()} for an operation
 * without output). Throws {@link io.gatehouse.core.GatehouseException} for errors; the endpoint
 * writes the {@code ErrorResponse}.
 */
@FunctionalInterface
public interface QueryHandler {

    QueryResult handle(QueryCall call);
}
