package io.gatehouse.aws.wire;

import java.util.List;

/**
 * A CDI bean contributing a group of AWS JSON operations, e.g. Cognito's user-pool
 * administration. Implement it in the service's adapter package as an {@code @ApplicationScoped}
 * class; {@link JsonOperationRegistry} collects every implementation at start.
 */
public interface JsonOperations {

    List<JsonOperation> operations();
}
