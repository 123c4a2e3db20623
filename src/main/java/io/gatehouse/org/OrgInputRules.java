package io.gatehouse.org;

import java.util.regex.Pattern;

/**
 * The length and pattern constraints AWS puts on names, e-mail addresses and documents sent to
 * Organizations. A violation is {@code InvalidInputException} with AWS's reason.
 *
 * @see <a href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_CreateAccount.html#API_CreateAccount_RequestParameters">CreateAccount parameters</a>
 */
public final class OrgInputRules {

    private static final Pattern PRINTABLE = Pattern.compile("[\\u0020-\\u007E]+");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final Pattern ROLE_NAME = Pattern.compile("[\\w+=,.@-]{1,64}");
    private static final Pattern NAME = Pattern.compile("[\\s\\S]*");

    private OrgInputRules() {
    }

    public static String accountName(String name) {
        return text(name, "AccountName", 1, 50, PRINTABLE);
    }

    public static String email(String email) {
        text(email, "Email", 6, 64, PRINTABLE);
        if (!EMAIL.matcher(email).matches()) {
            throw OrgException.invalid("INVALID_EMAIL_ADDRESS_TARGET", "You specified an invalid email address.");
        }
        return email;
    }

    public static String roleName(String roleName) {
        if (!ROLE_NAME.matcher(roleName).matches()) {
            throw OrgException.invalid("INVALID_ROLE_NAME", "You provided a role name that isn't valid.");
        }
        return roleName;
    }

    public static String unitName(String name) {
        return text(name, "Name", 1, 128, NAME);
    }

    public static String policyName(String name) {
        return text(name, "Name", 1, 128, NAME);
    }

    public static String policyDescription(String description) {
        return text(description, "Description", 0, 512, NAME);
    }

    private static String text(String value, String member, int min, int max, Pattern pattern) {
        if (value.length() < min) {
            throw OrgException.invalid("MIN_LENGTH_EXCEEDED",
                    "You provided a string parameter that is shorter than allowed: " + member + ".");
        }
        if (value.length() > max) {
            throw OrgException.invalid("MAX_LENGTH_EXCEEDED",
                    "You provided a string parameter that is longer than allowed: " + member + ".");
        }
        if (!pattern.matcher(value).matches()) {
            throw OrgException.invalid("INVALID_PATTERN",
                    "You provided a value that does not match the required pattern for " + member + ".");
        }
        return value;
    }
}
