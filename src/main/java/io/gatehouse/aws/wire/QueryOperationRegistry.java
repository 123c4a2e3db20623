package io.gatehouse.aws.wire;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every AWS query operation the service speaks, keyed by {@code Version} and {@code Action},
 * collected from the {@link QueryOperations} beans. Two services may in principle share a version
 * and an action; the SigV4 credential scope's service then decides, as the BRIEF specifies. Two
 * beans claiming the same version, action and signing name is a wiring error that fails at start.
 */
@ApplicationScoped
public class QueryOperationRegistry {

    private final Map<String, List<QueryOperation>> byKey;

    @Inject
    public QueryOperationRegistry(Instance<QueryOperations> groups) {
        this(collect(groups));
    }

    QueryOperationRegistry(Collection<QueryOperation> operations) {
        Map<String, List<QueryOperation>> all = new HashMap<>();
        for (QueryOperation operation : operations) {
            List<QueryOperation> same = all.computeIfAbsent(key(operation.version(), operation.action()),
                    k -> new ArrayList<>());
            if (same.stream().anyMatch(o -> o.signingName().equals(operation.signingName()))) {
                throw new IllegalStateException("Two handlers for " + operation.target() + " version " + operation.version());
            }
            same.add(operation);
        }
        Map<String, List<QueryOperation>> copy = new HashMap<>();
        all.forEach((key, list) -> copy.put(key, List.copyOf(list)));
        this.byKey = Map.copyOf(copy);
    }

    /**
     * The operation {@code version} and {@code action} select; when several services share them,
     * the one whose signing name is {@code scopeService} (null when the request is unsigned).
     */
    public Optional<QueryOperation> find(String version, String action, String scopeService) {
        List<QueryOperation> candidates = byKey.getOrDefault(key(version, action), List.of());
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        return candidates.stream().filter(o -> o.signingName().equals(scopeService)).findFirst();
    }

    public Collection<QueryOperation> all() {
        return byKey.values().stream().flatMap(List::stream).toList();
    }

    private static String key(String version, String action) {
        return version + " " + action;
    }

    private static List<QueryOperation> collect(Instance<QueryOperations> groups) {
        List<QueryOperation> operations = new ArrayList<>();
        groups.forEach(group -> operations.addAll(group.operations()));
        return operations;
    }
}
