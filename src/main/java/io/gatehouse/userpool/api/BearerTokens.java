package io.gatehouse.userpool.api;

import io.gatehouse.api.ProblemWriter;
import io.gatehouse.appauth.SignedInUser;
import io.gatehouse.appauth.UserSelfService;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.UserPoolError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Objects;

/**
 * Authenticates a {@code /api/v1/me} call by the user's access token in
 * {@code Authorization: Bearer <token>} (RFC 6750 §2.1). Any failure (no header, another scheme,
 * a forged, expired, revoked or signed-out token, a disabled user) is a 401 problem+json
 * NotAuthorizedException with {@code WWW-Authenticate: Bearer error="invalid_token"}: the resource
 * server "MUST include the HTTP WWW-Authenticate response header field" (RFC 6750 §3).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6750#section-3">RFC 6750 section 3</a>
 */
@ApplicationScoped
public class BearerTokens {

    static final String CHALLENGE = "Bearer error=\"invalid_token\"";
    private static final String SCHEME = "bearer ";

    private final UserSelfService self;
    private final ProblemWriter problems;

    public BearerTokens(UserSelfService self, ProblemWriter problems) {
        this.self = Objects.requireNonNull(self, "self");
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    /** The signed-in user of the {@code Authorization} header value, or a thrown 401 response. */
    public SignedInUser require(String authorization) {
        if (authorization == null || authorization.length() <= SCHEME.length()
                || !authorization.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
            throw unauthorized("An access token is required: Authorization: Bearer <token>");
        }
        try {
            return self.signedIn(authorization.substring(SCHEME.length()).trim());
        } catch (GatehouseException e) {
            // Every failure to resolve the token is the token's fault: translate it here, on purpose.
            throw unauthorized(e.getMessage());
        }
    }

    private WebApplicationException unauthorized(String detail) {
        Response problem = problems.write(UserPoolError.NOT_AUTHORIZED, detail);
        return new WebApplicationException(Response.fromResponse(problem)
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build());
    }
}
