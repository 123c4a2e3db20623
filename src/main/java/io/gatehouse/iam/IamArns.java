package io.gatehouse.iam;

/**
 * The ARNs of IAM principals and MFA devices, e.g. {@code arn:aws:iam::123456789012:user/division/alice}
 * (the path sits between the resource type and the name), and the reverse: which user an access
 * key's principal ARN names.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html">IAM identifiers</a>
 */
public final class IamArns {

    private static final String PREFIX = "arn:aws:iam::";

    private IamArns() {
    }

    public static String root(String accountId) {
        return PREFIX + accountId + ":root";
    }

    public static String user(String accountId, String path, String name) {
        return PREFIX + accountId + ":user" + path + name;
    }

    public static String group(String accountId, String path, String name) {
        return PREFIX + accountId + ":group" + path + name;
    }

    public static String mfa(String accountId, String path, String name) {
        return PREFIX + accountId + ":mfa" + path + name;
    }

    public static boolean isRoot(String accountId, String principalArn) {
        return root(accountId).equals(principalArn);
    }

    /** The user name of {@code arn:aws:iam::<account>:user<path><name>} in this account, or null for any other ARN. */
    public static String userName(String accountId, String principalArn) {
        String prefix = PREFIX + accountId + ":user/";
        if (principalArn == null || !principalArn.startsWith(prefix)) {
            return null;
        }
        return principalArn.substring(principalArn.lastIndexOf('/') + 1);
    }
}
