package io.gatehouse.aws.wire;

import io.gatehouse.auth.Caller;
import java.util.Objects;

/**
 * One invocation of an AWS JSON operation as its handler sees it: the operation name (e.g.
 * {@code CreateUserPool}), the request object, and the {@link Caller} that signed it. The caller is
 * null exactly for unsigned operations (InitiateAuth, SignUp…), which identify the user by other
 * means; authorization decisions take the caller from here, never from a request-scoped holder.
 */
public record JsonCall(String operation, JsonInput input, Caller signer) {

    public JsonCall {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(input, "input");
    }

    /** The signer of a signed operation; asking on an unsigned one is a programming error. */
    public Caller caller() {
        if (signer == null) {
            throw new IllegalStateException(operation + " is unsigned: it has no caller");
        }
        return signer;
    }

    public boolean signed() {
        return signer != null;
    }
}
