package io.gatehouse.oidc.web;

import io.gatehouse.oidc.message.BearerTokenException;
import io.gatehouse.oidc.message.OAuthError;
import io.gatehouse.oidc.message.OAuthException;
import io.gatehouse.oidc.message.OAuthNames;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one writer of OAuth error responses: RFC 6749 §5.2 JSON with {@code Cache-Control:
 * no-store}, a {@code Basic} challenge on {@code invalid_client} and a {@code Bearer} challenge
 * (RFC 6750 §3) for protected-resource errors.
 */
public class OAuthExceptionMapper {

    @ServerExceptionMapper
    public Response map(OAuthException e) {
        OAuthError error = e.error();
        Map<String, String> body = new LinkedHashMap<>();
        body.put(OAuthNames.ERROR, error.code());
        if (e.description() != null) {
            body.put(OAuthNames.ERROR_DESCRIPTION, e.description());
        }
        Response.ResponseBuilder response = Response.status(error.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache")
                .entity(body);
        if (e instanceof BearerTokenException bearer && bearer.credentialsMissing()) {
            response.header("WWW-Authenticate", "Bearer realm=\"gatehouse\"");
        } else if (e instanceof BearerTokenException) {
            response.header("WWW-Authenticate", "Bearer error=\"" + error.code() + "\", error_description=\""
                    + e.description().replace("\"", "'") + "\"");
        } else if (error == OAuthError.INVALID_CLIENT) {
            response.header("WWW-Authenticate", "Basic realm=\"gatehouse\"");
        }
        return response.build();
    }
}
