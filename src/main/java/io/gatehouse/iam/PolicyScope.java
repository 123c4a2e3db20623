package io.gatehouse.iam;

/**
 * Which managed policies a listing returns: all, only Gatehouse-managed ({@code AWS}) or only the
 * account's own ({@code Local}).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPolicies.html">ListPolicies Scope</a>
 */
public enum PolicyScope {
    ALL, AWS, LOCAL;

    /** Parses IAM's spelling ({@code All}, {@code AWS}, {@code Local}); null means {@code All}. */
    public static PolicyScope parse(String value) {
        if (value == null) {
            return ALL;
        }
        return switch (value) {
            case "All" -> ALL;
            case "AWS" -> AWS;
            case "Local" -> LOCAL;
            default -> throw IamInputRules.invalid("Value '" + value + "' at 'scope' failed to satisfy constraint: "
                    + "Member must satisfy enum value set: [All, AWS, Local]");
        };
    }
}
