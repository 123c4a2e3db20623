package io.gatehouse.iam.policy.condition;

import io.gatehouse.iam.policy.match.VariableSource;
import java.util.List;

/** The request's condition keys as conditions read them; also the source of policy variables. */
public interface ConditionContext extends VariableSource {

    /** The values of the lower-cased key {@code key}; empty when the request does not carry it. */
    List<String> values(String key);
}
