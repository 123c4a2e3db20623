package io.gatehouse.mail;

import io.gatehouse.core.GatehouseException;

/**
 * The SMTP server did not accept a message. Its code is {@link MailError#CODE_DELIVERY_FAILURE},
 * so left unhandled it answers as Cognito's {@code CodeDeliveryFailureException}; the message
 * names neither the recipient nor anything of the body.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ForgotPassword.html#API_ForgotPassword_Errors">ForgotPassword errors</a>
 */
public final class MailDeliveryException extends GatehouseException {

    MailDeliveryException(Throwable cause) {
        super(MailError.CODE_DELIVERY_FAILURE, "The e-mail could not be delivered");
        initCause(cause);
    }
}
