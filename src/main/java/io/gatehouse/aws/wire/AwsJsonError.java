package io.gatehouse.aws.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.auth.sigv4.SigV4Exception;
import io.gatehouse.auth.sigv4.SigV4Failure;
import io.gatehouse.core.ErrorCode;
import io.gatehouse.iam.AuthorizationError;
import io.gatehouse.core.GatehouseException;
import java.util.Objects;

/**
 * The error envelope of the AWS JSON 1.0/1.1 protocols: the body {@code __type} (the error name,
 * which the SDKs map to an exception class) and {@code message}, sent with the HTTP status and, in
 * the {@code x-amzn-ErrorType} header, the name again. Example:
 * <pre>HTTP/1.1 400
 * x-amzn-ErrorType: ResourceNotFoundException
 * {"__type":"ResourceNotFoundException","message":"User pool us-east-1_nope does not exist"}</pre>
 * {@link #toJson()} and {@link #parse(JsonNode, int)} are inverses. A null message is left out, as
 * AWS does for {@code UnknownOperationException}.
 *
 * @see <a href="https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html#operation-error-serialization">AWS JSON 1.1 error serialization</a>
 */
public record AwsJsonError(String type, String message, int status) {

    public static final String TYPE = "__type";
    public static final String MESSAGE = "message";

    public AwsJsonError {
        Objects.requireNonNull(type, "type");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("An error status is 4xx or 5xx: " + status);
        }
    }

    /**
     * The envelope of a domain error. Client errors are HTTP 400 as in Cognito (which answers 400
     * even for {@code NotAuthorizedException} and {@code ResourceNotFoundException}); 413 stays 413
     * and every server error is 500. SigV4 failures take the names AWS JSON services use.
     */
    public static AwsJsonError of(GatehouseException e) {
        ErrorCode code = e instanceof SigV4Exception sigv4 ? jsonName(sigv4.failure()) : jsonName(e.code());
        return new AwsJsonError(code.awsName(), e.getMessage(), wireStatus(code.status()));
    }

    /** An error with no domain exception behind it, such as an unknown operation. */
    public static AwsJsonError of(ErrorCode code, String message) {
        return new AwsJsonError(code.awsName(), message, wireStatus(code.status()));
    }

    public ObjectNode toJson() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put(TYPE, type);
        if (message != null) {
            body.put(MESSAGE, message);
        }
        return body;
    }

    /**
     * Reads an error body as the SDKs do: the name after the last {@code #} of {@code __type}
     * (older services send {@code com.amazon.coral.service#Name}) and {@code message} or {@code Message}.
     */
    public static AwsJsonError parse(JsonNode body, int status) {
        String type = body.path(TYPE).asText("");
        int hash = type.lastIndexOf('#');
        JsonNode message = body.has(MESSAGE) ? body.get(MESSAGE) : body.get("Message");
        return new AwsJsonError(hash < 0 ? type : type.substring(hash + 1),
                message == null || message.isNull() ? null : message.asText(), status);
    }

    private static int wireStatus(int status) {
        if (status >= 500) {
            return 500;
        }
        return status == 413 ? 413 : 400;
    }

    /** JSON services name an access denial {@code AccessDeniedException}, where query services say {@code AccessDenied}. */
    private static ErrorCode jsonName(ErrorCode code) {
        return code == AuthorizationError.ACCESS_DENIED ? WireError.ACCESS_DENIED : code;
    }

    /** The names JSON services such as Cognito, KMS and DynamoDB give to SigV4 failures. */
    private static ErrorCode jsonName(SigV4Failure failure) {
        return switch (failure) {
            case MISSING_AUTHENTICATION -> WireError.MISSING_AUTHENTICATION_TOKEN;
            case MALFORMED_AUTHORIZATION, UNSUPPORTED_ALGORITHM -> WireError.INCOMPLETE_SIGNATURE;
            case UNKNOWN_ACCESS_KEY, INVALID_SESSION_TOKEN -> WireError.UNRECOGNIZED_CLIENT;
            case EXPIRED_SESSION_TOKEN -> WireError.EXPIRED_TOKEN;
            case SIGNATURE_MISMATCH, REQUEST_EXPIRED, PAYLOAD_HASH_MISMATCH -> WireError.INVALID_SIGNATURE;
        };
    }
}
