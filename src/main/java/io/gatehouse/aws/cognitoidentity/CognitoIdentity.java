package io.gatehouse.aws.cognitoidentity;

import io.gatehouse.aws.wire.JsonHandler;
import io.gatehouse.aws.wire.JsonOperation;
import io.gatehouse.aws.wire.TargetResolver;
import java.util.Set;

/**
 * Amazon Cognito identity pools on the wire: the {@code X-Amz-Target} prefix, the SigV4 signing
 * name, and the operations AWS leaves unsigned (an app without credentials calls them to get some:
 * they prove the identity with login tokens or guest access). Every other operation is signed and
 * authorized as {@code cognito-identity:<Operation>} on the identity pool's ARN.
 *
 * @see <a href="https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/Welcome.html">Cognito Identity API reference</a>
 */
final class CognitoIdentity {

    static final String TARGET_PREFIX = "AWSCognitoIdentityService";
    static final String SIGNING_NAME = "cognito-identity";
    static final Set<String> UNSIGNED_OPERATIONS = Set.of("GetId", "GetOpenIdToken", "GetCredentialsForIdentity",
            "UnlinkIdentity");

    private CognitoIdentity() {
    }

    static JsonOperation operation(String name, JsonHandler handler, TargetResolver resolver) {
        return new JsonOperation(TARGET_PREFIX, name, !UNSIGNED_OPERATIONS.contains(name), SIGNING_NAME, handler,
                resolver);
    }
}
