package io.gatehouse.authorize;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.RequestAuthenticator;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.sts.RoleSessionRequest;
import io.gatehouse.sts.WebIdentitySession;
import io.gatehouse.sts.WebIdentitySessions;
import io.gatehouse.webidentity.WebIdentityError;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.ParseException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The caller behind a user-pool ID token handed to a resource server: a session of the role the
 * token names in {@code cognito:preferred_role} (the role of the user's highest-precedence group),
 * started exactly as AssumeRoleWithWebIdentity would start it. So the role's trust policy must
 * trust the pool's IAM OIDC provider, the token is verified in full (signature, expiry, audience),
 * and the role's policies, boundary and the account's SCPs decide. The role must belong to the
 * resource server's account: its providers are the ones the token is checked against.
 */
@ApplicationScoped
class WebIdentitySubjects {

    private static final Pattern JWT = Pattern.compile("eyJ[\\w-]*\\.[\\w-]+\\.[\\w-]+");
    private static final Pattern SESSION_NAME_UNSAFE = Pattern.compile("[^\\w+=,.@-]");

    private final WebIdentitySessions sessions;
    private final RequestAuthenticator authenticator;

    WebIdentitySubjects(WebIdentitySessions sessions, RequestAuthenticator authenticator) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
    }

    /** True for a compact JWS (a user-pool token) rather than a Gatehouse session token. */
    static boolean isJwt(String token) {
        return JWT.matcher(token).matches();
    }

    /**
     * The role session's caller; fails with {@link WebIdentityError} for a token that is not
     * acceptable, or {@code AccessDenied} when the role does not trust it.
     */
    Caller authenticate(String accountId, String token, String auditAction) {
        JWTClaimsSet unverified = unverifiedClaims(token);
        String roleArn = preferredRole(unverified);
        if (!roleArn.startsWith("arn:aws:iam::" + accountId + ":role/")) {
            throw invalid("The token's cognito:preferred_role is not a role of the resource server's account");
        }
        RoleSessionRequest request = RoleSessionRequest.of(roleArn, sessionName(unverified.getSubject()));
        WebIdentitySession session = sessions.assume(request, token);
        return authenticator.authenticateBearer(session.role().credentials().sessionToken(), auditAction, "bearer");
    }

    /**
     * Read before verification only to pick the role and name the session after the user;
     * {@link WebIdentitySessions#assume} verifies the whole token before anything is granted.
     */
    private static JWTClaimsSet unverifiedClaims(String token) {
        try {
            return JWTParser.parse(token).getJWTClaimsSet();
        } catch (ParseException e) {
            throw invalid("The bearer token is not a valid JWT");
        }
    }

    private static String preferredRole(JWTClaimsSet claims) {
        if (!(claims.getClaim("cognito:preferred_role") instanceof String arn) || arn.isEmpty()) {
            throw invalid("The token has no cognito:preferred_role: the user is in no group with a role");
        }
        return arn;
    }

    /** The subject, made a valid RoleSessionName, so the session's ARN names the user. */
    private static String sessionName(String subject) {
        String safe = subject == null ? "" : SESSION_NAME_UNSAFE.matcher(subject).replaceAll("-");
        if (safe.length() > 64) {
            safe = safe.substring(0, 64);
        }
        return safe.length() < 2 ? "web-identity" : safe;
    }

    private static GatehouseException invalid(String message) {
        return new GatehouseException(WebIdentityError.INVALID_IDENTITY_TOKEN, message);
    }
}
