package io.gatehouse.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The native REST API as one OpenAPI document: its info, the {@code sigv4} security scheme and
 * the shared problem+json error responses that resources reference by name ({@code BadRequest},
 * {@code Unauthorized}, {@code Forbidden}, {@code NotFound}, {@code Conflict}). Declares no
 * {@code @ApplicationPath} and no class list, so every resource keeps its own {@code /api/v1/...} path.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv.html">AWS Signature Version 4</a>
 */
@OpenAPIDefinition(
        info = @Info(title = "Gatehouse API", version = "0.1.0",
                description = "Native REST API of Gatehouse. Authenticate with AWS Signature Version 4 (service name \"gatehouse\")."),
        components = @Components(responses = {
            @APIResponse(name = GatehouseApi.BAD_REQUEST, responseCode = "400",
                    description = "Invalid input: malformed JSON, a wrong type, a missing or unknown field, a bad limit or cursor",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "missingField", value = GatehouseApi.BAD_REQUEST_EXAMPLE))),
            @APIResponse(name = GatehouseApi.UNAUTHORIZED, responseCode = "401",
                    description = "Missing or unusable SigV4 credentials",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = GatehouseApi.INVALID_TOKEN, responseCode = "401",
                    description = "Missing, forged, expired, revoked or signed-out access token "
                            + "(NotAuthorizedException, with WWW-Authenticate: Bearer error=\"invalid_token\")",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalidToken", value = GatehouseApi.INVALID_TOKEN_EXAMPLE))),
            @APIResponse(name = GatehouseApi.FORBIDDEN, responseCode = "403",
                    description = "The signature does not match or the caller may not do this",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = GatehouseApi.NOT_FOUND, responseCode = "404",
                    description = "No such resource in the caller's account",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknownPool", value = GatehouseApi.NOT_FOUND_EXAMPLE))),
            @APIResponse(name = GatehouseApi.CONFLICT, responseCode = "409",
                    description = "The resource already exists",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
        }))
@SecurityScheme(securitySchemeName = GatehouseApi.SIGV4, type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        apiKeyName = "Authorization",
        description = "AWS Signature Version 4 (AWS4-HMAC-SHA256) with service name \"gatehouse\", signed with an "
                + "access key of the account; also send X-Amz-Date (and X-Amz-Security-Token for temporary credentials).")
@SecurityScheme(securitySchemeName = GatehouseApi.ACCESS_TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "A user pool access token from app sign-in (/api/v1/me only)")
public class GatehouseApi extends Application {

    /** Name of the SigV4 security scheme, for {@code @SecurityRequirement(name = GatehouseApi.SIGV4)}. */
    public static final String SIGV4 = "sigv4";
    /** Name of the bearer access-token scheme of the signed-in user's own endpoints. */
    public static final String ACCESS_TOKEN = "accessToken";
    public static final String BAD_REQUEST = "BadRequest";
    public static final String INVALID_TOKEN = "InvalidToken";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";

    static final String BAD_REQUEST_EXAMPLE = """
            {"type": "https://gatehouse.dev/problems/InvalidParameterException", "title": "InvalidParameterException",
             "status": 400, "detail": "Missing required field 'name'", "instance": "/api/v1/user-pools",
             "requestId": "0f6c1c9e-8a3f-4cc2-9d0e-3b1f0c7d2a11"}""";
    static final String INVALID_TOKEN_EXAMPLE = """
            {"type": "https://gatehouse.dev/problems/NotAuthorizedException", "title": "NotAuthorizedException",
             "status": 401, "detail": "Access Token has been revoked", "instance": "/api/v1/me",
             "requestId": "0f6c1c9e-8a3f-4cc2-9d0e-3b1f0c7d2a11"}""";
    static final String NOT_FOUND_EXAMPLE = """
            {"type": "https://gatehouse.dev/problems/ResourceNotFoundException", "title": "ResourceNotFoundException",
             "status": 404, "detail": "User pool us-east-1_abc123XYZ does not exist",
             "instance": "/api/v1/user-pools/us-east-1_abc123XYZ", "requestId": "0f6c1c9e-8a3f-4cc2-9d0e-3b1f0c7d2a11"}""";
}
