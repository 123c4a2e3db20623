package io.gatehouse.identitypool.web;

import io.gatehouse.identitypool.IdentityPoolTokens;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public keys and discovery document of the identity-pool token issuer
 * ({@code <public URL>/identity-pools}), so that any relying party (and AWS-style
 * AssumeRoleWithWebIdentity) can verify GetOpenIdToken tokens without calling Gatehouse's API.
 */
@Path("/" + IdentityPoolTokens.KEY_OWNER + "/.well-known")
@Tag(name = "Identity pools")
public class IdentityPoolKeysEndpoint {

    private final IdentityPoolTokens tokens;

    public IdentityPoolKeysEndpoint(IdentityPoolTokens tokens) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    @GET
    @Path("/jwks.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "JSON Web Key Set of identity-pool OpenID tokens")
    public Response jwks() {
        return cached(tokens.jwks().toString(true), 60);
    }

    @GET
    @Path("/openid-configuration")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "OpenID discovery document of the identity-pool token issuer")
    public Response discovery() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("issuer", tokens.issuer());
        doc.put("jwks_uri", tokens.issuer() + "/.well-known/jwks.json");
        doc.put("response_types_supported", List.of("id_token"));
        doc.put("subject_types_supported", List.of("public"));
        doc.put("id_token_signing_alg_values_supported", List.of("RS256"));
        doc.put("claims_supported", List.of("iss", "sub", "aud", "exp", "iat", "amr", IdentityPoolTokens.TAGS_CLAIM));
        return cached(doc, 300);
    }

    private static Response cached(Object body, int seconds) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(seconds);
        return Response.ok(body).cacheControl(cache).build();
    }
}
