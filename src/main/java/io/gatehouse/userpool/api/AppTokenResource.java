package io.gatehouse.userpool.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.appauth.AppTokens;
import io.gatehouse.auth.Unsigned;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Revoking a refresh token without a signature, as AWS leaves RevokeToken unsigned:
 * {@code POST /api/v1/user-pools/{poolId}/clients/{clientId}/tokens/revoke}. The refresh token and
 * every access token issued with it stop working; an unknown token is not an error (RFC 7009 §2.2).
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RevokeToken.html">RevokeToken</a>
 */
@Path("/api/v1/user-pools/{poolId}/clients/{clientId}/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@SecurityRequirementsSet
@Tag(name = "App sign-in")
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", description = "Wrong client secret, or a token of another client "
        + "(NotAuthorizedException)")
@APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
public class AppTokenResource {

    private final AppTokens tokens;

    public AppTokenResource(AppTokens tokens) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    @POST
    @Path("/revoke")
    @Unsigned
    @Operation(summary = "Revoke a refresh token (RevokeToken)", description = "Only refresh tokens can be revoked "
            + "(an access token is UnsupportedTokenTypeException); the client must have token revocation enabled")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "revoke",
            value = "{\"token\": \"eyJjdHkiOiJKV1Qi...\"}")))
    @APIResponse(responseCode = "204", description = "Revoked, or the token was unknown")
    public void revoke(@PathParam("poolId") String poolId, @PathParam("clientId") String clientId,
                       AppAuthRequests.Revoke body) {
        AppAuthRequests.Revoke request = RequestInput.body(body);
        tokens.revoke(poolId, clientId, request.clientSecret(), RequestInput.field(request.token(), "token"));
    }
}
