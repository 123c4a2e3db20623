package io.gatehouse.aws.sts;

import io.gatehouse.aws.wire.QueryHandler;
import io.gatehouse.aws.wire.QueryOperation;
import io.gatehouse.aws.wire.QueryTargetResolver;
import java.util.Set;

/**
 * AWS STS on the wire: its query-protocol API version, the XML namespace of its responses, its
 * SigV4 signing name, and the operations AWS leaves unsigned (the caller proves who it is with a
 * web identity token or a SAML assertion instead). Every other operation requires a signature, so
 * {@link #operation} derives {@code signed} from this one list.
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/welcome.html">STS API reference</a>
 */
public final class Sts {

    public static final String VERSION = "2011-06-15";
    public static final String NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";
    public static final String SIGNING_NAME = "sts";

    /** The operations without SigV4 in the AWS SDK's STS model (auth type "none"). */
    public static final Set<String> UNSIGNED_OPERATIONS = Set.of("AssumeRoleWithWebIdentity", "AssumeRoleWithSAML");

    private Sts() {
    }

    /**
     * The operations every caller may perform whatever its policies say: "No permissions are
     * required to perform this operation" in the STS API reference.
     */
    public static final Set<String> NO_PERMISSION_OPERATIONS = Set.of("GetCallerIdentity", "GetSessionToken");

    /** The STS operation {@code action}, signed unless AWS lists it as unsigned. */
    public static QueryOperation operation(String action, QueryHandler handler) {
        return new QueryOperation(VERSION, action, !UNSIGNED_OPERATIONS.contains(action), SIGNING_NAME, NAMESPACE,
                handler, NO_PERMISSION_OPERATIONS.contains(action) ? QueryTargetResolver.NO_PERMISSION_NEEDED
                : QueryTargetResolver.ANY);
    }
}
