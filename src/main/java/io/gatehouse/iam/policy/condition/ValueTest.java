package io.gatehouse.iam.policy.condition;

import io.gatehouse.iam.policy.match.VariableSource;

/**
 * The positive test of one operator against one request value: true when the value matches any of
 * the policy's values ("If a single condition operator includes multiple values for one context
 * key, those values are evaluated using a logical OR").
 */
@FunctionalInterface
interface ValueTest {

    boolean test(String requestValue, VariableSource variables);
}
