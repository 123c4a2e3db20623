package io.gatehouse.aws.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Handles one AWS JSON operation: reads the call's input, calls the domain service, and returns
 * the response object ({@code {}} for an operation without output). Throws
 * {@link io.gatehouse.core.GatehouseException} for errors; the endpoint writes the envelope.
 */
@FunctionalInterface
public interface JsonHandler {

    ObjectNode handle(JsonCall call);
}
