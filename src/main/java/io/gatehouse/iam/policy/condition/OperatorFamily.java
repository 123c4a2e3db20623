package io.gatehouse.iam.policy.condition;

import java.util.List;
import java.util.Map;

/** One family of condition operators (String, Numeric, Date, ...), registered in {@link ConditionOperators}. */
interface OperatorFamily {

    /** The family's operator names, each mapped to true when it is the negation of its positive form. */
    Map<String, Boolean> operators();

    /**
     * The positive test of {@code operator} over the policy values.
     *
     * @param variables true when policy variables are read (version 2012-10-17)
     * @throws IllegalArgumentException naming the value that is not valid for the operator
     */
    ValueTest compile(String operator, List<String> values, boolean variables);
}
