package io.gatehouse.org;

import io.gatehouse.core.GatehouseException;

/**
 * An Organizations error that carries AWS's {@code Reason} member, as {@code InvalidInputException}
 * and {@code ConstraintViolationException} do (e.g. {@code OU_DEPTH_LIMIT_EXCEEDED}), so clients
 * can tell the cases apart without parsing the message.
 *
 * @see <a href="https://docs.aws.amazon.com/organizations/latest/APIReference/API_CreateOrganizationalUnit.html#API_CreateOrganizationalUnit_Errors">ConstraintViolationException reasons</a>
 */
public final class OrgException extends GatehouseException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public OrgException(OrgError code, String reason, String message) {
        super(code, message);
        this.reason = reason;
    }

    /** A bad parameter: {@code InvalidInputException} with {@code reason}. */
    public static OrgException invalid(String reason, String message) {
        return new OrgException(OrgError.INVALID_INPUT, reason, message);
    }

    /** A quota or rule of the organization refused the change: {@code ConstraintViolationException}. */
    public static OrgException constraint(String reason, String message) {
        return new OrgException(OrgError.CONSTRAINT_VIOLATION, reason, message);
    }

    public String reason() {
        return reason;
    }
}
