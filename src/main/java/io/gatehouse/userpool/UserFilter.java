package io.gatehouse.userpool;

import io.gatehouse.core.GatehouseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ListUsers search: one attribute compared with a value, exactly ({@code =}) or by prefix
 * ({@code ^=}), in Cognito's filter syntax {@code attribute_name filter_type "attribute_value"},
 * e.g. {@code email = "alice@example.com"} or {@code family_name ^= "Red"}. A quotation mark or
 * backslash inside the value is escaped with a backslash. Only the attributes Cognito makes
 * searchable are accepted. Comparisons are case-sensitive except {@code username} (usernames are
 * unique case-insensitively in Gatehouse) and {@code cognito:user_status}.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListUsers.html#CognitoUserPools-ListUsers-request-Filter">ListUsers Filter</a>
 */
public record UserFilter(Attribute attribute, boolean prefix, String value) {

    /** The searchable attributes, by their filter names. */
    public enum Attribute {
        USERNAME("username"),
        EMAIL("email"),
        PHONE_NUMBER("phone_number"),
        NAME("name"),
        GIVEN_NAME("given_name"),
        FAMILY_NAME("family_name"),
        PREFERRED_USERNAME("preferred_username"),
        /** The user status (CONFIRMED, FORCE_CHANGE_PASSWORD…), case-insensitive; "Status" in the console. */
        USER_STATUS("cognito:user_status"),
        /** {@code Enabled} or {@code Disabled}; "Enabled" in the console. */
        STATUS("status"),
        SUB("sub");

        private final String filterName;

        Attribute(String filterName) {
            this.filterName = filterName;
        }

        public String filterName() {
            return filterName;
        }

        /** True for the attributes kept in the user's attribute map rather than in a field of its own. */
        public boolean isUserAttribute() {
            return this != USERNAME && this != USER_STATUS && this != STATUS && this != SUB;
        }

        static Optional<Attribute> byFilterName(String name) {
            return Arrays.stream(values()).filter(a -> a.filterName.equals(name)).findFirst();
        }
    }

    public static final String ENABLED = "Enabled";
    public static final String DISABLED = "Disabled";
    private static final int MAX_LENGTH = 256;
    private static final Pattern SYNTAX = Pattern.compile("\\s*([A-Za-z_:]+)\\s*(\\^?=)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*");

    public UserFilter {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(value, "value");
        value = normalize(attribute, value);
    }

    /** The filter in {@code filter}, or empty for a null or blank one (no filtering). */
    public static Optional<UserFilter> parse(String filter) {
        if (filter == null || filter.isBlank()) {
            return Optional.empty();
        }
        if (filter.length() > MAX_LENGTH) {
            throw invalid("Filter must be at most " + MAX_LENGTH + " characters");
        }
        Matcher m = SYNTAX.matcher(filter);
        if (!m.matches()) {
            throw invalid("Filter must look like: attribute_name = \"value\" or attribute_name ^= \"prefix\"");
        }
        Attribute attribute = Attribute.byFilterName(m.group(1))
                .orElseThrow(() -> invalid("Invalid search attribute: " + m.group(1)));
        return Optional.of(new UserFilter(attribute, "^=".equals(m.group(2)), unescape(m.group(3))));
    }

    /** The filter in Cognito's syntax; {@code parse(toString())} gives back an equal filter. */
    @Override
    public String toString() {
        return attribute.filterName + (prefix ? " ^= " : " = ")
                + "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Whether {@code user} is selected: the reference semantics every store must implement. */
    public boolean matches(PoolUser user) {
        String actual = switch (attribute) {
            case USERNAME -> UserStore.usernameKey(user.username());
            case USER_STATUS -> user.status().name();
            case STATUS -> user.enabled() ? ENABLED : DISABLED;
            case SUB -> user.sub().toString();
            default -> user.attribute(attribute.filterName);
        };
        if (actual == null) {
            return false;
        }
        return prefix ? actual.startsWith(value) : actual.equals(value);
    }

    /** Username and user status compare case-insensitively, so the value is brought to the stored case. */
    private static String normalize(Attribute attribute, String value) {
        return switch (attribute) {
            case USERNAME -> UserStore.usernameKey(value);
            case USER_STATUS -> value.toUpperCase(Locale.ROOT);
            case SUB -> value.toLowerCase(Locale.ROOT);
            default -> value;
        };
    }

    private static String unescape(String quoted) {
        StringBuilder out = new StringBuilder(quoted.length());
        for (int i = 0; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            if (c == '\\' && i + 1 < quoted.length()) {
                c = quoted.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    private static GatehouseException invalid(String message) {
        return new GatehouseException(UserPoolError.INVALID_PARAMETER, message);
    }
}
