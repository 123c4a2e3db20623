package io.gatehouse.userpool.triggers;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.UserPoolError;
import java.util.Map;
import java.util.TreeMap;

/**
 * A string map a caller hands through to the triggers: Cognito's {@code ClientMetadata} (sent as
 * {@code request.clientMetadata}) or {@code ValidationData} (sent as {@code request.validationData}).
 * Gatehouse never reads it. It is bounded so a caller cannot make every trigger call carry an
 * arbitrarily large body: at most {@value #MAX_ENTRIES} entries, keys of 1 to {@value #MAX_KEY}
 * characters, values of at most {@value #MAX_VALUE}, {@value #MAX_TOTAL} characters in all.
 * <pre>
 * "ClientMetadata": {"campaign": "spring", "locale": "de"}
 * </pre>
 *
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html">Lambda triggers: client metadata</a>
 */
public record TriggerInput(Map<String, String> values) {

    public static final TriggerInput NONE = new TriggerInput(Map.of());
    static final int MAX_ENTRIES = 50;
    static final int MAX_KEY = 128;
    static final int MAX_VALUE = 2048;
    static final int MAX_TOTAL = 16_384;

    public TriggerInput {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    /** The map of the wire member {@code member}, checked against the bounds (InvalidParameterException). */
    public static TriggerInput of(String member, Map<String, String> values) {
        if (values == null || values.isEmpty()) {
            return NONE;
        }
        if (values.size() > MAX_ENTRIES) {
            throw invalid(member + " must have at most " + MAX_ENTRIES + " entries");
        }
        int total = 0;
        for (Map.Entry<String, String> e : new TreeMap<>(values).entrySet()) {
            String key = e.getKey();
            String value = e.getValue() == null ? "" : e.getValue();
            if (key.isEmpty() || key.length() > MAX_KEY) {
                throw invalid(member + " keys must be 1 to " + MAX_KEY + " characters");
            }
            if (value.length() > MAX_VALUE) {
                throw invalid(member + " values must be at most " + MAX_VALUE + " characters");
            }
            total += key.length() + value.length();
        }
        if (total > MAX_TOTAL) {
            throw invalid(member + " must be at most " + MAX_TOTAL + " characters in all");
        }
        return new TriggerInput(values);
    }

    private static GatehouseException invalid(String message) {
        return new GatehouseException(UserPoolError.INVALID_PARAMETER, message);
    }
}
