package io.gatehouse.aws.wire;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every AWS JSON operation the service speaks, keyed by {@code X-Amz-Target}, collected from the
 * {@link JsonOperations} beans. Two beans claiming the same target is a wiring error that fails the
 * first request (and the tests) rather than letting one silently win.
 */
@ApplicationScoped
public class JsonOperationRegistry {

    private final Map<String, JsonOperation> byTarget;

    public JsonOperationRegistry(Instance<JsonOperations> groups) {
        Map<String, JsonOperation> operations = new HashMap<>();
        for (JsonOperations group : groups) {
            for (JsonOperation operation : group.operations()) {
                JsonOperation previous = operations.putIfAbsent(operation.target(), operation);
                if (previous != null) {
                    throw new IllegalStateException("Two handlers for X-Amz-Target " + operation.target());
                }
            }
        }
        this.byTarget = Map.copyOf(operations);
    }

    /** The operation an {@code X-Amz-Target} header selects, matched exactly as AWS does. */
    public Optional<JsonOperation> find(String target) {
        return target == null ? Optional.empty() : Optional.ofNullable(byTarget.get(target));
    }

    public Collection<JsonOperation> all() {
        return byTarget.values();
    }
}
