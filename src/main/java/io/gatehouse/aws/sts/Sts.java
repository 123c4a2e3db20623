package io.gatehouse.aws.sts;

import io.gatehouse.aws.wire.QueryHandler;
import io.gatehouse.aws.wire.QueryOperation;
import io.gatehouse.aws.wire.QueryTargetResolver;
import java.util.Set;

/**
 * AWS STS on the wire: its query-protocol API version, the XML namespace of its responses, its
 * SigV4 signing name, and how each operation is authenticated and authorized. AWS leaves a few
 * operations unsigned (the caller proves who it is with a web identity token or a SAML assertion
 * instead); a few need no permission at all; {@code AssumeRole} is authorized by the operation
 * itself, with the role's trust policy; every other operation is signed and authorized by the
 * policy engine before it runs.
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/welcome.html">STS API reference</a>
 */
public final class Sts {

    public static final String VERSION = "2011-06-15";
    public static final String NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";
    public static final String SIGNING_NAME = "sts";

    /** The operations without SigV4 in the AWS SDK's STS model (auth type "none"). */
    public static final Set<String> UNSIGNED_OPERATIONS = Set.of("AssumeRoleWithWebIdentity", "AssumeRoleWithSAML");

    /**
     * The operations every caller may perform whatever its policies say: "No permissions are
     * required to perform this operation" in the STS API reference.
     */
    public static final Set<String> NO_PERMISSION_OPERATIONS = Set.of("GetCallerIdentity", "GetSessionToken");

    /**
     * The operations whose handler authorizes the caller, because the decision involves a
     * resource-based policy: AssumeRole evaluates the caller's policies together with the role's
     * trust policy ({@link QueryTargetResolver#AUTHORIZED_BY_OPERATION}).
     */
    public static final Set<String> AUTHORIZED_BY_OPERATION = Set.of("AssumeRole");

    private Sts() {
    }

    /** The STS operation {@code action}, authorized on resource {@code *} unless listed above. */
    public static QueryOperation operation(String action, QueryHandler handler) {
        return operation(action, handler, QueryTargetResolver.ANY);
    }

    /**
     * The STS operation {@code action}, signed unless AWS lists it as unsigned, authorized on what
     * {@code resolver} finds unless it needs no permission or is authorized by the operation itself.
     */
    public static QueryOperation operation(String action, QueryHandler handler, QueryTargetResolver resolver) {
        QueryTargetResolver authorization = NO_PERMISSION_OPERATIONS.contains(action)
                ? QueryTargetResolver.NO_PERMISSION_NEEDED
                : AUTHORIZED_BY_OPERATION.contains(action) ? QueryTargetResolver.AUTHORIZED_BY_OPERATION : resolver;
        return new QueryOperation(VERSION, action, !UNSIGNED_OPERATIONS.contains(action), SIGNING_NAME, NAMESPACE,
                handler, authorization);
    }
}
