package io.gatehouse.aws.organizations;

import io.gatehouse.aws.wire.ErrorMembers;
import io.gatehouse.core.ErrorCode;
import io.gatehouse.core.GatehouseException;
import java.util.HashMap;
import java.util.Map;

/**
 * An Organizations error on the wire with its {@code Reason} member, e.g.
 * <pre>{"__type":"ConstraintViolationException","message":"…","Reason":"OU_DEPTH_LIMIT_EXCEEDED"}</pre>
 */
final class OrganizationsError extends GatehouseException implements ErrorMembers {

    private static final long serialVersionUID = 1L;

    private final String reason;

    OrganizationsError(ErrorCode code, String reason, String message) {
        super(code, message);
        this.reason = reason;
    }

    @Override
    public Map<String, String> errorMembers() {
        Map<String, String> members = new HashMap<>();
        members.put("Reason", reason);
        return members;
    }
}
