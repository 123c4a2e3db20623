package io.gatehouse.aws.wire;

import java.util.List;

/**
 * A CDI bean contributing a group of AWS query operations, e.g. IAM's users or STS's identity
 * calls. Implement it in the service's adapter package as an {@code @ApplicationScoped} class;
 * {@link QueryOperationRegistry} collects every implementation at start.
 */
public interface QueryOperations {

    List<QueryOperation> operations();
}
