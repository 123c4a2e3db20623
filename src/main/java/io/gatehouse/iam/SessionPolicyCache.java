package io.gatehouse.iam;

import io.gatehouse.iam.policy.Policy;
import io.gatehouse.iam.policy.PolicyKind;
import io.gatehouse.iam.policy.PolicyParser;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiled session policies, keyed by their document. A session carries its policies as JSON (so
 * any node can verify it alone); compiling them on every request would dominate the decision, so
 * the compiled form is kept here. It is derived data, not state: a node without it recompiles.
 * Bounded, least recently used first out.
 */
@ApplicationScoped
public class SessionPolicyCache {

    private static final int MAX_ENTRIES = 1_024;

    private final Map<String, Policy> compiled = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Policy> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** The compiled form of each document, in order. */
    public List<Policy> compile(List<String> documents) {
        return documents.stream().map(this::compile).toList();
    }

    private synchronized Policy compile(String document) {
        return compiled.computeIfAbsent(document, json -> PolicyParser.parse("session-policy", json, PolicyKind.SESSION));
    }
}
