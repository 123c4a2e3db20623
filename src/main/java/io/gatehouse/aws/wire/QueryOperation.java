package io.gatehouse.aws.wire;

import java.util.Objects;

/**
 * One operation of an AWS query protocol service: the API {@code Version} and {@code Action} that
 * select it (e.g. {@code 2010-05-08} / {@code ListAccountAliases}), whether AWS requires a SigV4
 * signature and with which signing name (the credential scope's service, e.g. {@code iam}), the XML
 * namespace of its responses, and its handler.
 *
 * @see <a href="https://smithy.io/2.0/aws/protocols/aws-query-protocol.html">AWS query protocol</a>
 */
public record QueryOperation(String version, String action, boolean signed, String signingName, String namespace,
                             QueryHandler handler) {

    public QueryOperation {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(signingName, "signingName");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(handler, "handler");
        if (!action.matches("[A-Z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("Not an AWS action name: " + action);
        }
    }

    /** {@code iam:ListAccountAliases}: how audit entries and logs name the operation. */
    public String target() {
        return signingName + ":" + action;
    }
}
