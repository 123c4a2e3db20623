package io.gatehouse.iam.policy;

/**
 * The syntax of Action values: {@code "*"} or {@code service:action}, where the service prefix is
 * letters, digits and hyphens and the action letters and digits; both may use {@code *} and {@code ?}.
 * Policy variables are not allowed in actions.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html">IAM JSON policy elements: Action</a>
 */
final class ActionName {

    private ActionName() {
    }

    static boolean isValidPattern(String action) {
        if (action.equals("*")) {
            return true;
        }
        int colon = action.indexOf(':');
        if (colon <= 0 || colon == action.length() - 1 || action.indexOf(':', colon + 1) >= 0) {
            return false;
        }
        for (int i = 0; i < action.length(); i++) {
            char c = action.charAt(i);
            boolean wildcard = c == '*' || c == '?';
            boolean allowed = i < colon ? c < 128 && (Character.isLetterOrDigit(c) || c == '-' || wildcard)
                    : i == colon || c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || wildcard);
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
