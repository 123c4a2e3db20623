package io.gatehouse.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gatehouse.core.ErrorCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details body, the one error format of the native REST API, e.g.
 * <pre>{"type":"https://gatehouse.dev/problems/ResourceNotFoundException","title":"ResourceNotFoundException",
 *  "status":404,"detail":"User pool us-east-1_abc does not exist","instance":"/api/v1/user-pools/us-east-1_abc",
 *  "requestId":"0f6c1c9e-8a3f-4cc2-9d0e-3b1f0c7d2a11"}</pre>
 * The {@code title} is the AWS error name the product emulates, so SDK-minded clients can switch on it.
 * An {@code AccessDenied} from the policy engine also carries {@code encodedAuthorizationMessage}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#section-3">RFC 9457 section 3</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(example = "https://gatehouse.dev/problems/ResourceNotFoundException") String type,
        @Schema(example = "ResourceNotFoundException") String title,
        @Schema(example = "404") int status,
        @Schema(example = "User pool us-east-1_abc123XYZ does not exist") String detail,
        @Schema(example = "/api/v1/user-pools/us-east-1_abc123XYZ") String instance,
        @Schema(example = "0f6c1c9e-8a3f-4cc2-9d0e-3b1f0c7d2a11") String requestId,
        @Schema(description = "With AccessDenied only: the details of the denial, sealed; STS "
                + "DecodeAuthorizationMessage or POST /api/v1/sts/authorization-messages/decode reveals them to a "
                + "principal of the same account that may call sts:DecodeAuthorizationMessage")
        String encodedAuthorizationMessage) {

    /** The media type of every error response of the native API. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Problem types are {@code <TYPE_BASE><awsName>}. */
    public static final String TYPE_BASE = "https://gatehouse.dev/problems/";

    /** RFC 9457 §4.2.1: "about:blank" when the problem has no semantics beyond the HTTP status. */
    public static final String ABOUT_BLANK = "about:blank";

    /** A problem of an error table entry: type and title name the AWS error. */
    public static Problem of(ErrorCode code, String detail, String instance, String requestId) {
        return new Problem(TYPE_BASE + code.awsName(), code.awsName(), code.status(), detail, instance, requestId,
                null);
    }

    /** This problem with the encoded authorization message of an AccessDenied. */
    public Problem withEncodedAuthorizationMessage(String encoded) {
        return new Problem(type, title, status, detail, instance, requestId, encoded);
    }
}
