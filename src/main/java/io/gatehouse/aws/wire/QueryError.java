package io.gatehouse.aws.wire;

import io.gatehouse.auth.sigv4.SigV4Exception;
import io.gatehouse.auth.sigv4.SigV4Failure;
import io.gatehouse.core.ErrorCode;
import io.gatehouse.core.GatehouseException;
import java.util.Objects;

/**
 * The error envelope of the AWS query protocol (IAM, STS), as the SDKs parse it:
 * <pre>HTTP/1.1 404
 * &lt;ErrorResponse&gt;&lt;Error&gt;&lt;Type&gt;Sender&lt;/Type&gt;&lt;Code&gt;NoSuchEntity&lt;/Code&gt;
 * &lt;Message&gt;The user with name bob cannot be found.&lt;/Message&gt;&lt;/Error&gt;
 * &lt;RequestId&gt;…&lt;/RequestId&gt;&lt;/ErrorResponse&gt;</pre>
 * Unlike the JSON services, query services answer with the status each error carries (404 for
 * {@code NoSuchEntity}, 403 for a rejected signature), so the code's own status is kept. The type is
 * {@code Sender} for client errors and {@code Receiver} for server errors.
 *
 * @see <a href="https://smithy.io/2.0/aws/protocols/aws-query-protocol.html#operation-error-serialization">AWS query error serialization</a>
 */
public record QueryError(String code, String message, int status) {

    public QueryError {
        Objects.requireNonNull(code, "code");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("An error status is 4xx or 5xx: " + status);
        }
    }

    /** The envelope of a domain or protocol error; SigV4 failures and JSON-protocol codes take their query names. */
    public static QueryError of(GatehouseException e) {
        ErrorCode code = e instanceof SigV4Exception sigv4 ? queryName(sigv4.failure()) : queryName(e.code());
        return of(code, e.getMessage());
    }

    public static QueryError of(ErrorCode code, String message) {
        return new QueryError(code.awsName(), message, code.status());
    }

    /** {@code Sender} (the caller's fault) or {@code Receiver} (the service's). */
    public String type() {
        return status >= 500 ? "Receiver" : "Sender";
    }

    /** The names IAM and STS give to SigV4 failures (an expired signature is {@code SignatureDoesNotMatch}). */
    private static ErrorCode queryName(SigV4Failure failure) {
        return switch (failure) {
            case MISSING_AUTHENTICATION -> QueryWireError.MISSING_AUTHENTICATION_TOKEN;
            case MALFORMED_AUTHORIZATION, UNSUPPORTED_ALGORITHM -> QueryWireError.INCOMPLETE_SIGNATURE;
            case UNKNOWN_ACCESS_KEY -> QueryWireError.INVALID_CLIENT_TOKEN_ID;
            case SIGNATURE_MISMATCH, REQUEST_EXPIRED, PAYLOAD_HASH_MISMATCH -> QueryWireError.SIGNATURE_DOES_NOT_MATCH;
        };
    }

    /** Errors the endpoint raises before it knows the protocol, named as query services name them. */
    private static ErrorCode queryName(ErrorCode code) {
        if (code instanceof WireError wire) {
            return switch (wire) {
                case REQUEST_TOO_LARGE -> QueryWireError.REQUEST_TOO_LARGE;
                case INTERNAL_ERROR -> QueryWireError.INTERNAL_FAILURE;
                case UNKNOWN_OPERATION -> QueryWireError.INVALID_ACTION;
                case SERIALIZATION -> QueryWireError.MALFORMED_QUERY_STRING;
                case MISSING_AUTHENTICATION_TOKEN -> QueryWireError.MISSING_AUTHENTICATION_TOKEN;
                case INCOMPLETE_SIGNATURE -> QueryWireError.INCOMPLETE_SIGNATURE;
                case UNRECOGNIZED_CLIENT -> QueryWireError.INVALID_CLIENT_TOKEN_ID;
                case INVALID_SIGNATURE -> QueryWireError.SIGNATURE_DOES_NOT_MATCH;
            };
        }
        return code;
    }
}
