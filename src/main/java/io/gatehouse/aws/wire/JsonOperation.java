package io.gatehouse.aws.wire;

import java.util.Objects;

/**
 * One operation of an AWS JSON protocol service: its {@code X-Amz-Target}
 * ({@code <targetPrefix>.<name>}, e.g. {@code AWSCognitoIdentityProviderService.CreateUserPool}),
 * whether AWS requires a SigV4 signature for it and with which signing name (the credential scope's
 * service, e.g. {@code cognito-idp}), its handler, and how to find the resource it acts on for
 * authorization (the IAM action is {@code <signing name>:<name>}).
 *
 * @see <a href="https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html#protocol-behaviors">X-Amz-Target</a>
 */
public record JsonOperation(String targetPrefix, String name, boolean signed, String signingName, JsonHandler handler,
                            TargetResolver resolver) {

    public JsonOperation {
        Objects.requireNonNull(targetPrefix, "targetPrefix");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(signingName, "signingName");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(resolver, "resolver");
    }

    /** An operation authorized on resource {@code *}. */
    public JsonOperation(String targetPrefix, String name, boolean signed, String signingName, JsonHandler handler) {
        this(targetPrefix, name, signed, signingName, handler, TargetResolver.ANY);
    }

    /** The IAM action policies name this operation by: {@code <signing name>:<operation>}. */
    public String action() {
        return signingName + ":" + name;
    }

    /** The {@code X-Amz-Target} header value that selects this operation. */
    public String target() {
        return targetPrefix + "." + name;
    }
}
