package io.gatehouse.aws.wire;

import java.util.Objects;

/**
 * One operation of an AWS JSON protocol service: its {@code X-Amz-Target}
 * ({@code <targetPrefix>.<name>}, e.g. {@code AWSCognitoIdentityProviderService.CreateUserPool}),
 * whether AWS requires a SigV4 signature for it and with which signing name (the credential scope's
 * service, e.g. {@code cognito-idp}), and its handler.
 *
 * @see <a href="https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html#protocol-behaviors">X-Amz-Target</a>
 */
public record JsonOperation(String targetPrefix, String name, boolean signed, String signingName, JsonHandler handler) {

    public JsonOperation {
        Objects.requireNonNull(targetPrefix, "targetPrefix");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(signingName, "signingName");
        Objects.requireNonNull(handler, "handler");
    }

    /** The {@code X-Amz-Target} header value that selects this operation. */
    public String target() {
        return targetPrefix + "." + name;
    }
}
