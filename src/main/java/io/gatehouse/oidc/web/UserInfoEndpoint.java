package io.gatehouse.oidc.web;

import io.gatehouse.oidc.message.OAuthNames;
import io.gatehouse.oidc.UserInfoService;
import io.gatehouse.oidc.message.FormParameters;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The UserInfo endpoint, GET and POST, with a bearer access token.
 *
 * @see <a href="https://openid.net/specs/openid-connect-core-1_0.html#UserInfo">OIDC Core §5.3</a>
 */
@Path("/" + PoolPaths.POOL + PoolPaths.USERINFO)
@Tag(name = "OpenID Connect")
public class UserInfoEndpoint {

    private final PoolGuard pools;
    private final UserInfoService userInfo;
    private final NoStore noStore;

    public UserInfoEndpoint(PoolGuard pools, UserInfoService userInfo, NoStore noStore) {
        this.pools = pools;
        this.userInfo = userInfo;
        this.noStore = noStore;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Claims about the signed-in user (bearer access token)")
    public Response get(@PathParam("poolId") String poolId, @HeaderParam("Authorization") String authorization) {
        pools.require(poolId);
        return noStore.json(userInfo.userInfo(poolId, BearerToken.extract(authorization, null)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Claims about the signed-in user (bearer access token in header or form)")
    public Response post(@PathParam("poolId") String poolId, @HeaderParam("Authorization") String authorization,
                         MultivaluedMap<String, String> form) {
        pools.require(poolId);
        String formToken = new FormParameters(form).optional(OAuthNames.ACCESS_TOKEN);
        return noStore.json(userInfo.userInfo(poolId, BearerToken.extract(authorization, formToken)));
    }
}
