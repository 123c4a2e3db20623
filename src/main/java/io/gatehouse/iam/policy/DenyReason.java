package io.gatehouse.iam.policy;

/**
 * Why a request was denied, worded as AWS ends its {@code AccessDenied} messages
 * ("… because no identity-based policy allows the iam:CreateUser action").
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html">Troubleshooting access denied error messages</a>
 */
public enum DenyReason {
    NONE(null),
    EXPLICIT_DENY_IDENTITY("with an explicit deny in an identity-based policy"),
    EXPLICIT_DENY_RESOURCE("with an explicit deny in a resource-based policy"),
    EXPLICIT_DENY_SCP("with an explicit deny in a service control policy"),
    EXPLICIT_DENY_BOUNDARY("with an explicit deny in a permissions boundary"),
    EXPLICIT_DENY_SESSION("with an explicit deny in a session policy"),
    NO_IDENTITY_ALLOW("because no identity-based policy allows the %s action"),
    NO_RESOURCE_ALLOW("because no resource-based policy allows the %s action"),
    NO_SCP_ALLOW("because no service control policy allows the %s action"),
    NO_BOUNDARY_ALLOW("because no permissions boundary allows the %s action"),
    NO_SESSION_ALLOW("because no session policy allows the %s action");

    private final String phrase;

    DenyReason(String phrase) {
        this.phrase = phrase;
    }

    /** The end of the AWS message for {@code action}, or null for {@link #NONE}. */
    public String phrase(String action) {
        return phrase == null ? null : String.format(phrase, action);
    }
}
