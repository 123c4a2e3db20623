package io.gatehouse.iam.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.StrictJson;
import io.gatehouse.auth.AuthorizeVariables;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.iam.InlinePolicyService;
import io.gatehouse.iam.PrincipalType;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Inline policies of an IAM group ({@code /api/v1/iam/groups/{name}/policies}). */
@AuthorizeVariables({"Type=Group", "type=group"})
@Path("/api/v1/iam/groups/{principalName}/policies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "IAM policies", description = "Managed and inline policies, attachments and permissions boundaries")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
public class GroupInlinePolicyResource extends InlinePolicyEndpoints {

    public GroupInlinePolicyResource(InlinePolicyService policies, CallerContext callers) {
        super(policies, callers, PrincipalType.GROUP);
    }
}
