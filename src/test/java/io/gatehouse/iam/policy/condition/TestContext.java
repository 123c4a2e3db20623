package io.gatehouse.iam.policy.condition;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A request's condition keys for condition tests, built one key at a time. */
final class TestContext implements ConditionContext {

    private final Map<String, List<String>> values = new HashMap<>();

    static TestContext empty() {
        return new TestContext();
    }

    static TestContext with(String key, String... keyValues) {
        return new TestContext().and(key, keyValues);
    }

    TestContext and(String key, String... keyValues) {
        values.put(key.toLowerCase(Locale.ROOT), List.of(keyValues));
        return this;
    }

    @Override
    public List<String> values(String key) {
        return values.getOrDefault(key, List.of());
    }

    @Override
    public String variable(String key) {
        List<String> keyValues = values.get(key);
        return keyValues != null && keyValues.size() == 1 ? keyValues.get(0) : null;
    }

    /** Compiles one condition with policy variables on, and evaluates it here. */
    boolean eval(String operator, String key, String... policyValues) {
        return ConditionOperators.compile(operator, key, List.of(policyValues), true).evaluate(this);
    }
}
