package io.gatehouse.iam;

import java.util.Optional;

/**
 * Managed policy ARNs, {@code arn:aws:iam::<account>:policy<path><name>}, where the account is
 * {@code aws} for Gatehouse-managed policies.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns">IAM ARNs</a>
 */
public final class PolicyArns {

    private static final String PREFIX = "arn:aws:iam::";
    private static final String RESOURCE = ":policy/";

    private PolicyArns() {
    }

    public static String of(String accountId, String path, String name) {
        return PREFIX + accountId + ":policy" + path + name;
    }

    /** The account, path and name of a policy ARN; empty when it is not one. */
    public static Optional<Parts> parse(String arn) {
        if (arn == null || !arn.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int resource = arn.indexOf(RESOURCE, PREFIX.length());
        int lastSlash = arn.lastIndexOf('/');
        if (resource < 0 || lastSlash == arn.length() - 1) {
            return Optional.empty();
        }
        String account = arn.substring(PREFIX.length(), resource);
        String path = arn.substring(resource + RESOURCE.length() - 1, lastSlash + 1);
        return Optional.of(new Parts(account, path, arn.substring(lastSlash + 1)));
    }

    public record Parts(String accountId, String path, String name) {
    }
}
