package io.gatehouse.authorize;

import java.util.Objects;

/**
 * How the caller of a resource server proves who it is: the SigV4-signed request it sent, or a
 * bearer token: a Gatehouse session token (console sign-in, STS) or a user-pool ID token.
 */
public sealed interface SubjectProof {

    /** A SigV4 signature, verified with the caller's live credentials (long-term or temporary). */
    record Signed(DescribedRequest request) implements SubjectProof {
        public Signed {
            Objects.requireNonNull(request, "request");
        }
    }

    /** A session token (console sign-in, STS) or a user-pool ID token (a JWT). */
    record Bearer(String token) implements SubjectProof {
        public Bearer {
            Objects.requireNonNull(token, "token");
        }

        @Override
        public String toString() {
            return "Bearer[token hidden]";
        }
    }
}
