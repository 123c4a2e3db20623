package io.gatehouse.userpool.signin.srp;

import java.util.Objects;

/**
 * The server's answer to InitiateAuth with USER_SRP_AUTH. {@code srpB} goes to the client as the
 * {@code SRP_B} challenge parameter, next to {@code SALT} ({@link SrpVerifier#saltHex()}),
 * {@code USER_ID_FOR_SRP} and the caller's {@code SECRET_BLOCK}. {@code session} stays secret:
 * the caller keeps it server-side or only encrypted inside the secret block.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html#API_InitiateAuth_ResponseSyntax">InitiateAuth response</a>
 */
public record SrpChallenge(String srpB, SrpSession session) {

    public SrpChallenge {
        Objects.requireNonNull(srpB, "srpB");
        Objects.requireNonNull(session, "session");
    }
}
