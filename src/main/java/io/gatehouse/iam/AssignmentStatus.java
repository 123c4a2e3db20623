package io.gatehouse.iam;

/**
 * Which virtual MFA devices ListVirtualMFADevices returns: those enabled for a user, those that
 * are not, or all ({@code Any}, the default).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListVirtualMFADevices.html">ListVirtualMFADevices</a>
 */
public enum AssignmentStatus {
    Assigned, Unassigned, Any;

    /** Parses the wire value; absent means {@code Any}. */
    public static AssignmentStatus parse(String value) {
        if (value == null) {
            return Any;
        }
        for (AssignmentStatus status : values()) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        throw IamInput.violation("assignmentStatus", value, "Member must satisfy enum value set: [Assigned, Unassigned, Any]");
    }

    /** The store's filter: true, false, or null for any. */
    Boolean assigned() {
        return this == Any ? null : this == Assigned;
    }
}
