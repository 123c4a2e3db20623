package io.gatehouse.aws.wire;

import io.gatehouse.auth.Caller;
import java.util.Objects;

/**
 * One invocation of an AWS query operation as its handler sees it: the action (e.g.
 * {@code ListAccountAliases}), the request parameters, and the {@link Caller} that signed it. The
 * caller is null exactly for unsigned operations (AssumeRoleWithWebIdentity…), which prove who
 * calls by a token in the parameters.
 */
public record QueryCall(String action, QueryInput input, Caller signer) {

    public QueryCall {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(input, "input");
    }

    /** The signer of a signed operation; asking on an unsigned one is a programming error. */
    public Caller caller() {
        if (signer == null) {
            throw new IllegalStateException(action + " is unsigned: it has no caller");
        }
        return signer;
    }

    public boolean signed() {
        return signer != null;
    }
}
