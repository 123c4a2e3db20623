package io.gatehouse.iam.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.iam.OidcProvider;
import io.gatehouse.iam.OidcProviderService;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * IAM OpenID Connect providers of the caller's account ({@code /api/v1/iam/oidc-providers}): the
 * native form of CreateOpenIDConnectProvider and the calls around it. The {@code {provider}}
 * segment is the provider's URL-encoded ARN.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html">CreateOpenIDConnectProvider</a>
 */
@Path("/api/v1/iam/oidc-providers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "IAM OIDC providers", description = "OpenID Connect issuers trusted for web identity federation")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
public class OidcProviderResource {

    private static final String ANY_PROVIDER = "arn:aws:iam::{account}:oidc-provider/*";

    private final OidcProviderService providers;
    private final CallerContext callers;

    public OidcProviderResource(OidcProviderService providers, CallerContext callers) {
        this.providers = Objects.requireNonNull(providers, "providers");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "iam:CreateOpenIDConnectProvider", resource = ANY_PROVIDER)
    @POST
    @Operation(summary = "Register an OIDC provider", description = "One provider per issuer URL in an account")
    @APIResponse(responseCode = "201", description = "The new provider")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public RestResponse<OidcProviderView> create(OidcProviderRequest body) {
        OidcProviderRequest request = RequestInput.body(body);
        Caller caller = callers.require();
        OidcProvider provider = providers.create(caller.accountId(), caller.principalArn(),
                RequestInput.field(request.url(), "url"), request.clientIds(), request.thumbprints(), request.tags());
        return RestResponse.ResponseBuilder.<OidcProviderView>created(
                        UriBuilder.fromPath("/api/v1/iam/oidc-providers/{arn}").build(provider.arn()))
                .entity(view(provider)).build();
    }

    @Authorize(action = "iam:ListOpenIDConnectProviders")
    @GET
    @Operation(summary = "List OIDC providers", description = "All of the account's, ordered by name (at most 100)")
    @APIResponse(responseCode = "200", description = "The providers")
    public List<OidcProviderView> list() {
        return providers.list(callers.require().accountId()).stream().map(this::view).toList();
    }

    @Authorize(action = "iam:GetOpenIDConnectProvider", resource = ANY_PROVIDER)
    @GET
    @Path("/{provider}")
    @Operation(summary = "Describe an OIDC provider")
    @APIResponse(responseCode = "200", description = "The provider")
    public OidcProviderView get(@PathParam("provider") String provider) {
        return view(providers.get(callers.require().accountId(), provider));
    }

    @Authorize(action = "iam:DeleteOpenIDConnectProvider", resource = ANY_PROVIDER)
    @DELETE
    @Path("/{provider}")
    @Operation(summary = "Delete an OIDC provider", description = "A user pool's provider goes only with its pool")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("provider") String provider) {
        Caller caller = callers.require();
        providers.delete(caller.accountId(), caller.principalArn(), provider);
    }

    @Authorize(action = "iam:AddClientIDToOpenIDConnectProvider", resource = ANY_PROVIDER)
    @POST
    @Path("/{provider}/client-ids")
    @Operation(summary = "Add an accepted audience")
    @APIResponse(responseCode = "200", description = "The provider after the change")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public OidcProviderView addClientId(@PathParam("provider") String provider, ClientIdRequest body) {
        ClientIdRequest request = RequestInput.body(body);
        Caller caller = callers.require();
        return view(providers.addClientId(caller.accountId(), caller.principalArn(), provider,
                RequestInput.field(request.clientId(), "clientId")));
    }

    @Authorize(action = "iam:RemoveClientIDFromOpenIDConnectProvider", resource = ANY_PROVIDER)
    @DELETE
    @Path("/{provider}/client-ids/{clientId}")
    @Operation(summary = "Remove an accepted audience", description = "Removing one the provider lacks changes nothing")
    @APIResponse(responseCode = "200", description = "The provider after the change")
    public OidcProviderView removeClientId(@PathParam("provider") String provider,
                                           @PathParam("clientId") String clientId) {
        Caller caller = callers.require();
        return view(providers.removeClientId(caller.accountId(), caller.principalArn(), provider, clientId));
    }

    @Authorize(action = "iam:UpdateOpenIDConnectProviderThumbprint", resource = ANY_PROVIDER)
    @PUT
    @Path("/{provider}/thumbprints")
    @Operation(summary = "Replace the certificate thumbprints")
    @APIResponse(responseCode = "200", description = "The provider after the change")
    public OidcProviderView updateThumbprints(@PathParam("provider") String provider, ThumbprintsRequest body) {
        ThumbprintsRequest request = RequestInput.body(body);
        Caller caller = callers.require();
        return view(providers.updateThumbprints(caller.accountId(), caller.principalArn(), provider,
                RequestInput.field(request.thumbprints(), "thumbprints")));
    }

    @Authorize(action = "iam:ListOpenIDConnectProviderTags", resource = ANY_PROVIDER)
    @GET
    @Path("/{provider}/tags")
    @Operation(summary = "List an OIDC provider's tags")
    @APIResponse(responseCode = "200", description = "The tags, by key")
    public Map<String, String> tags(@PathParam("provider") String provider) {
        return new TreeMap<>(providers.get(callers.require().accountId(), provider).tags());
    }

    @Authorize(action = "iam:TagOpenIDConnectProvider", resource = ANY_PROVIDER)
    @POST
    @Path("/{provider}/tags")
    @Operation(summary = "Add or overwrite tags of an OIDC provider", description = "At most 50 tags")
    @APIResponse(responseCode = "200", description = "The provider's tags after the change")
    public Map<String, String> tag(@PathParam("provider") String provider, TagsRequest body) {
        TagsRequest request = RequestInput.body(body);
        Caller caller = callers.require();
        return new TreeMap<>(providers.tag(caller.accountId(), caller.principalArn(), provider,
                RequestInput.field(request.tags(), "tags")).tags());
    }

    @Authorize(action = "iam:UntagOpenIDConnectProvider", resource = ANY_PROVIDER)
    @DELETE
    @Path("/{provider}/tags")
    @Operation(summary = "Remove tags from an OIDC provider", description = "Keys are given as repeated 'key' query parameters")
    @APIResponse(responseCode = "200", description = "The provider's tags after the change")
    public Map<String, String> untag(@PathParam("provider") String provider, @QueryParam("key") List<String> keys) {
        Caller caller = callers.require();
        return new TreeMap<>(providers.untag(caller.accountId(), caller.principalArn(), provider, keys).tags());
    }

    private OidcProviderView view(OidcProvider provider) {
        return OidcProviderView.of(provider, providers.audiences(provider));
    }
}
