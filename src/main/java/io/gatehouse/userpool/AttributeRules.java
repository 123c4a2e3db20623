package io.gatehouse.userpool;

import io.gatehouse.core.GatehouseException;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks user attribute writes against a pool's schema, as Cognito does: a name must be a
 * standard attribute or a declared custom one; {@code sub} is never writable; custom values
 * must fit their type and bounds; an immutable custom attribute is set only at creation; an
 * app client writes only what its write permissions allow.
 */
final class AttributeRules {

    private static final int MAX_VALUE = 2048;

    private AttributeRules() {
    }

    /** The attributes of a new user: every name and value checked, null values dropped. */
    static Map<String, String> forCreate(PoolSettings settings, Map<String, String> attributes) {
        Map<String, String> out = new HashMap<>();
        if (attributes != null) {
            attributes.forEach((name, value) -> {
                requireKnown(settings, name);
                if (value != null) {
                    out.put(name, requireValue(settings, name, value));
                }
            });
        }
        return out;
    }

    /** The attributes after an update where a null value deletes; immutable custom attributes refuse changes. */
    static Map<String, String> merge(PoolSettings settings, Map<String, String> current, Map<String, String> changes) {
        Map<String, String> merged = new HashMap<>(current);
        changes.forEach((name, value) -> {
            requireKnown(settings, name);
            settings.customAttribute(name).filter(a -> !a.mutable()).ifPresent(a -> {
                throw invalid("Attribute " + name + " is immutable");
            });
            if (value == null) {
                merged.remove(name);
            } else {
                merged.put(name, requireValue(settings, name, value));
            }
        });
        return merged;
    }

    /** An app client may only write what its settings allow, and never the verified flags (Cognito sets those). */
    static void requireClientMayWrite(ClientSettings client, Map<String, String> changes) {
        for (String name : changes.keySet()) {
            boolean flag = name.equals(StandardAttributes.EMAIL_VERIFIED)
                    || name.equals(StandardAttributes.PHONE_NUMBER_VERIFIED);
            if (flag && !client.writeAttributes().contains(name) || !client.canWrite(name)) {
                throw new GatehouseException(UserPoolError.NOT_AUTHORIZED,
                        "A client attempted to write unauthorized attribute " + name);
            }
        }
    }

    private static void requireKnown(PoolSettings settings, String name) {
        if (name == null || StandardAttributes.SUB.equals(name)) {
            throw invalid("Invalid or immutable attribute name: " + name);
        }
        if (!StandardAttributes.ALL.contains(name) && settings.customAttribute(name).isEmpty()) {
            throw invalid("Attributes did not conform to the schema: Type for attribute {" + name
                    + "} could not be determined");
        }
    }

    private static String requireValue(PoolSettings settings, String name, String value) {
        if (value.length() > MAX_VALUE) {
            throw invalid("Attribute values are at most " + MAX_VALUE + " characters");
        }
        settings.customAttribute(name).ifPresent(a -> a.check(value));
        if ((name.equals(StandardAttributes.EMAIL_VERIFIED) || name.equals(StandardAttributes.PHONE_NUMBER_VERIFIED))
                && !"true".equals(value) && !"false".equals(value)) {
            throw invalid("Attribute " + name + " must be true or false");
        }
        return value;
    }

    private static GatehouseException invalid(String message) {
        return new GatehouseException(UserPoolError.INVALID_PARAMETER, message);
    }
}
