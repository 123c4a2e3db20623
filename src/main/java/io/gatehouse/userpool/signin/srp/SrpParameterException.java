package io.gatehouse.userpool.signin.srp;

/**
 * A USER_SRP_AUTH value sent by the client is malformed or unsafe (not hexadecimal, too long,
 * not base64, {@code SRP_A mod N = 0}). Callers map it to Cognito's
 * {@code InvalidParameterException}; the message names the parameter and is safe to return,
 * since it never contains the value itself.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html">InitiateAuth</a>
 */
public class SrpParameterException extends IllegalArgumentException {

    private final String parameter;

    SrpParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The wire name of the offending parameter, such as {@code SRP_A} or {@code TIMESTAMP}. */
    public String parameter() {
        return parameter;
    }
}
