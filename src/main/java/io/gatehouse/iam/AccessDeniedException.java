package io.gatehouse.iam;

import io.gatehouse.core.GatehouseException;
import java.util.Objects;

/**
 * A denial by the policy engine: {@link AuthorizationError#ACCESS_DENIED} with AWS's message, plus
 * the encoded authorization message ({@link AuthorizationMessages}) that the native REST API adds to
 * its problem and STS {@code DecodeAuthorizationMessage} turns back into the decision's details.
 * The AWS wire protocols ignore the encoded message: IAM, STS and Cognito never send one.
 */
public class AccessDeniedException extends GatehouseException {

    private final String encodedMessage;

    public AccessDeniedException(String message, String encodedMessage) {
        super(AuthorizationError.ACCESS_DENIED, message);
        this.encodedMessage = Objects.requireNonNull(encodedMessage, "encodedMessage");
    }

    public String encodedMessage() {
        return encodedMessage;
    }
}
