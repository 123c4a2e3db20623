package io.gatehouse.oidc.web;

import io.gatehouse.oidc.message.OAuthError;
import io.gatehouse.oidc.message.OAuthException;
import io.gatehouse.oidc.message.OAuthNames;
import io.gatehouse.oidc.Pkce;
import io.gatehouse.oidc.message.AuthorizationRequest;
import io.gatehouse.oidc.message.ResponseMode;
import io.gatehouse.userpool.AppClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * The rules of an authorization request whose client and redirect URI are already known valid,
 * as a list of named steps; the first that fails throws the {@link OAuthException} reported to
 * the client. Returns the request with its effective scope.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1">RFC 6749 §4.1.2.1</a>
 * @see <a href="https://openid.net/specs/openid-connect-core-1_0.html#AuthRequestValidation">OIDC Core §3.1.2.2</a>
 */
@ApplicationScoped
class AuthorizeValidation {

    static final String RESPONSE_TYPE_CODE = "code";
    private static final Set<String> SUPPORTED_PROMPTS =
            Set.of(AuthorizationRequest.PROMPT_NONE, AuthorizationRequest.PROMPT_LOGIN);

    AuthorizationRequest validate(AuthorizationRequest request, AppClient client) {
        requireKnownResponseMode(request);
        requireCodeResponseType(request);
        requireAuthorizationCodeGrant(client);
        requireS256(request);
        requireChallengeFromPublicClient(request, client);
        requireWellFormedChallenge(request);
        requireSupportedPrompt(request);
        return request.withScope(allowedScope(request, client));
    }

    private static void requireKnownResponseMode(AuthorizationRequest request) {
        if (request.responseMode() != null && ResponseMode.parse(request.responseMode()).isEmpty()) {
            throw new OAuthException(OAuthError.INVALID_REQUEST, "Unsupported response_mode");
        }
    }

    private static void requireCodeResponseType(AuthorizationRequest request) {
        if (request.responseType() == null) {
            throw new OAuthException(OAuthError.INVALID_REQUEST, "Missing parameter response_type");
        }
        if (!RESPONSE_TYPE_CODE.equals(request.responseType())) {
            throw new OAuthException(OAuthError.UNSUPPORTED_RESPONSE_TYPE, "Only response_type=code is supported");
        }
    }

    private static void requireAuthorizationCodeGrant(AppClient client) {
        if (!client.allowsGrant(AppClient.AUTHORIZATION_CODE)) {
            throw new OAuthException(OAuthError.UNAUTHORIZED_CLIENT, "The client may not use the authorization code flow");
        }
    }

    /** Only S256: "plain" offers no protection once the request is observed (RFC 9700 §2.1.1). */
    private static void requireS256(AuthorizationRequest request) {
        String method = request.codeChallengeMethod();
        if (method == null) {
            if (request.codeChallenge() != null) {
                // RFC 7636 §4.3: "Defaults to 'plain' if not present in the request."
                throw new OAuthException(OAuthError.INVALID_REQUEST, "code_challenge_method must be S256");
            }
            return;
        }
        if ("plain".equals(method)) {
            throw new OAuthException(OAuthError.INVALID_REQUEST, "PKCE plain is not supported");
        }
        if (!OAuthNames.S256.equals(method)) {
            throw new OAuthException(OAuthError.INVALID_REQUEST, "code_challenge_method must be S256");
        }
        if (request.codeChallenge() == null) {
            throw new OAuthException(OAuthError.INVALID_REQUEST, "Missing parameter code_challenge");
        }
    }

    /** RFC 9700 §2.1.1: "Public clients MUST use PKCE". */
    private static void requireChallengeFromPublicClient(AuthorizationRequest request, AppClient client) {
        if (!client.isConfidential() && request.codeChallenge() == null) {
            throw new OAuthException(OAuthError.INVALID_REQUEST, "Public clients must send a PKCE code_challenge (S256)");
        }
    }

    /** RFC 7636 §4.2: the S256 challenge is the 43-character base64url of a SHA-256 digest. */
    private static void requireWellFormedChallenge(AuthorizationRequest request) {
        if (request.codeChallenge() != null && !Pkce.isWellFormedChallenge(request.codeChallenge())) {
            throw new OAuthException(OAuthError.INVALID_REQUEST, "Malformed code_challenge");
        }
    }

    /**
     * Only the values listed in discovery's {@code prompt_values_supported}; OIDC Core §3.1.2.1:
     * "If this parameter contains none with any other value, an error is returned."
     */
    private static void requireSupportedPrompt(AuthorizationRequest request) {
        if (!SUPPORTED_PROMPTS.containsAll(request.prompt())) {
            throw new OAuthException(OAuthError.INVALID_REQUEST, "Unsupported prompt value");
        }
        if (request.hasPrompt(AuthorizationRequest.PROMPT_NONE) && request.prompt().size() > 1) {
            throw new OAuthException(OAuthError.INVALID_REQUEST, "prompt=none cannot be combined with other values");
        }
    }

    /** Requested scopes must all be allowed for the client; without a scope, the client's allowed scopes apply. */
    private static String allowedScope(AuthorizationRequest request, AppClient client) {
        List<String> requested = request.scopeValues();
        if (requested.isEmpty()) {
            return String.join(" ", client.scopes());
        }
        if (!client.scopes().containsAll(requested)) {
            throw new OAuthException(OAuthError.INVALID_SCOPE, "A requested scope is not allowed for this client");
        }
        return String.join(" ", requested);
    }
}
