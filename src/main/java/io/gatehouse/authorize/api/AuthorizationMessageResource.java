package io.gatehouse.authorize.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.iam.AuthorizationMessages;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/sts/authorization-messages/decode}: STS DecodeAuthorizationMessage on the
 * native API, for the {@code encodedAuthorizationMessage} of an AccessDenied problem or the
 * {@code encodedMessage} of an {@code /api/v1/authorize} denial.
 */
@Path("/api/v1/sts/authorization-messages/decode")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "STS", description = "Temporary credentials and caller identity")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
public class AuthorizationMessageResource {

    /** The encoded message, as a denial gave it. */
    record Encoded(@Schema(example = "q1ZKzs8tyM9LzSvRUcrJz0tXslIqLU4tUqoFAA") String encodedMessage) {
    }

    /** The decoded message: a JSON document as a string, as STS returns it. */
    record Decoded(@Schema(example = "{\"allowed\":false,\"explicitDeny\":false,\"matchedStatements\":{\"items\":[]},"
            + "\"failures\":{\"items\":[]},\"context\":{...}}") String decodedMessage) {
    }

    private final AuthorizationMessages messages;
    private final CallerContext callers;

    public AuthorizationMessageResource(AuthorizationMessages messages, CallerContext callers) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "sts:DecodeAuthorizationMessage")
    @POST
    @Operation(summary = "Decode an authorization message", description = "Only messages of denials in the caller's "
            + "own account decode; anything else is InvalidAuthorizationMessageException (400)")
    @APIResponse(responseCode = "200", description = "The decoded message")
    public Decoded decode(Encoded body) {
        String encoded = RequestInput.field(RequestInput.body(body).encodedMessage(), "encodedMessage");
        return new Decoded(messages.decode(callers.require().accountId(), encoded));
    }
}
