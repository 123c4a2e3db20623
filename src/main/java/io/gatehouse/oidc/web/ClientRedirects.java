package io.gatehouse.oidc.web;

import io.gatehouse.oidc.message.OAuthNames;
import io.gatehouse.oidc.message.AuthorizationRequest;
import io.gatehouse.oidc.message.ResponseMode;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.UserPoolDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * The first steps of every authorization request: the client must exist in the pool and the
 * redirect URI must be one of its callback URLs, compared as exact strings (RFC 9700 §4.1.3:
 * "authorization servers MUST utilize exact string matching"; no prefix, no wildcard, no case
 * folding). Failing either, the user gets an error page and nothing is sent anywhere.
 */
@ApplicationScoped
class ClientRedirects {

    private final UserPoolDirectory directory;

    ClientRedirects(UserPoolDirectory directory) {
        this.directory = directory;
    }

    /** Reads only what is needed to answer; other parameters are parsed after this succeeds. */
    ClientRedirect resolve(String poolId, Map<String, List<String>> parameters) {
        AppClient client = requireClient(poolId, single(parameters, OAuthNames.CLIENT_ID));
        String redirectUri = requireCallback(client, single(parameters, OAuthNames.REDIRECT_URI));
        ResponseMode mode = ResponseMode.parse(single(parameters, OAuthNames.RESPONSE_MODE)).orElse(ResponseMode.QUERY);
        return new ClientRedirect(poolId, client, redirectUri, mode, single(parameters, OAuthNames.STATE));
    }

    /** Re-checks a stored request when the login completes: the client may have changed meanwhile. */
    ClientRedirect resolve(String poolId, AuthorizationRequest request) {
        AppClient client = requireClient(poolId, request.clientId());
        String redirectUri = requireCallback(client, request.redirectUri());
        return new ClientRedirect(poolId, client, redirectUri, request.effectiveResponseMode(), request.state());
    }

    private AppClient requireClient(String poolId, String clientId) {
        if (clientId == null) {
            throw new PageException(PageError.UNKNOWN_CLIENT, poolId, null);
        }
        return directory.client(clientId).filter(c -> c.poolId().equals(poolId))
                .orElseThrow(() -> new PageException(PageError.UNKNOWN_CLIENT, poolId, null));
    }

    private static String requireCallback(AppClient client, String redirectUri) {
        if (redirectUri == null || !client.callbackUrls().contains(redirectUri)) {
            throw new PageException(PageError.INVALID_REDIRECT_URI, client.poolId(), client.clientId());
        }
        return redirectUri;
    }

    /** A parameter's only value; absent, empty or repeated count as missing here. */
    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.size() != 1 || values.get(0).isEmpty()) {
            return null;
        }
        return values.get(0);
    }
}
