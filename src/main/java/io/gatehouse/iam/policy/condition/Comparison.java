package io.gatehouse.iam.policy.condition;

/** The comparison of the numeric and date operators, named by the operator's suffix. */
enum Comparison {
    EQUALS, LESS_THAN, LESS_THAN_EQUALS, GREATER_THAN, GREATER_THAN_EQUALS;

    /**
     * The comparison for the suffix after {@code Numeric}/{@code Date}; NotEquals tests Equals (the
     * negation is applied by the caller).
     */
    static Comparison of(String suffix) {
        return switch (suffix) {
            case "Equals", "NotEquals" -> EQUALS;
            case "LessThan" -> LESS_THAN;
            case "LessThanEquals" -> LESS_THAN_EQUALS;
            case "GreaterThan" -> GREATER_THAN;
            case "GreaterThanEquals" -> GREATER_THAN_EQUALS;
            default -> throw new IllegalArgumentException("unknown comparison " + suffix);
        };
    }

    /** True when a {@code compareTo} result of request value against policy value satisfies this comparison. */
    boolean holds(int order) {
        return switch (this) {
            case EQUALS -> order == 0;
            case LESS_THAN -> order < 0;
            case LESS_THAN_EQUALS -> order <= 0;
            case GREATER_THAN -> order > 0;
            case GREATER_THAN_EQUALS -> order >= 0;
        };
    }
}
