package io.gatehouse.auth;

import io.gatehouse.account.AccessKeyLookup;
import io.gatehouse.account.AccessKeySecret;
import io.gatehouse.account.AccessKeyUsage;
import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.auth.sigv4.SigV4Exception;
import io.gatehouse.auth.sigv4.SigV4Failure;
import io.gatehouse.auth.sigv4.SigV4Names;
import io.gatehouse.auth.sigv4.SigV4Verifier;
import io.gatehouse.auth.sigv4.SignedRequest;
import io.gatehouse.auth.sigv4.VerifiedSignature;
import io.gatehouse.platform.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Authenticates one request by its AWS Signature Version 4, for every entry point that takes
 * signed requests: the native REST API (service {@code gatehouse}) and the AWS wire protocols
 * (service {@code cognito-idp}, {@code sts}…). The pipeline: verify the signature with the access
 * key's secret, require the credential scope to name the expected service and this deployment's
 * region, require a signed body, note a long-term key's use ({@link AccessKeyUsage}), then build
 * the {@link Caller}. Temporary credentials ({@code ASIA…} keys) carry their secret and identity in
 * the session token sent with the request; the token must belong to the signing key and be
 * unexpired. A failure is audited (batched) and thrown as {@link SigV4Exception}; each entry point
 * renders it in its own wire format.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv.html">AWS Signature Version 4</a>
 */
@ApplicationScoped
public class RequestAuthenticator {

    private final SigV4Verifier verifier;
    private final AccessKeyLookup accessKeys;
    private final Clock clock;
    private final AuditLog audit;
    private final PlatformConfig platform;
    private final SessionTokens sessions;
    private final AccessKeyUsage usage;

    public RequestAuthenticator(AuthConfig config, AccessKeyLookup accessKeys, Clock clock, AuditLog audit,
                                PlatformConfig platform, SessionTokens sessions, AccessKeyUsage usage) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.usage = Objects.requireNonNull(usage, "usage");
        this.verifier = new SigV4Verifier(config.sigv4ClockSkew());
        this.accessKeys = Objects.requireNonNull(accessKeys, "accessKeys");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    /**
     * Returns who signed {@code request} for {@code service}, or throws {@link SigV4Exception}
     * after recording a failed {@code auditAction} event whose target is {@code auditTarget}
     * (e.g. {@code POST /api/v1/user-pools} or {@code AWSCognitoIdentityProviderService.CreateUserPool}).
     */
    public Caller authenticate(SignedRequest request, String service, String auditAction, String auditTarget) {
        Objects.requireNonNull(request, "request");
        return authenticate(request, SigV4Verifier.bodySha256(request.body()), service, auditAction, auditTarget);
    }

    /**
     * As {@link #authenticate(SignedRequest, String, String, String)} for a request another server
     * received and describes ({@code /api/v1/authorize}): its body is known by its SHA-256 alone.
     */
    public Caller authenticateDescribed(SignedRequest described, String bodySha256, String service,
                                        String auditAction, String auditTarget) {
        return authenticate(Objects.requireNonNull(described, "described"),
                Objects.requireNonNull(bodySha256, "bodySha256"), service, auditAction, auditTarget);
    }

    private Caller authenticate(SignedRequest request, String bodySha256, String service, String auditAction,
                                String auditTarget) {
        Objects.requireNonNull(service, "service");
        try {
            OpenedSession session = openSession(SigV4Verifier.sessionToken(request));
            AccessKeySecrets secrets = new AccessKeySecrets(accessKeys, session);
            VerifiedSignature signature = verifier.verify(request, bodySha256, secrets, clock.instant());
            requireScope(signature, service);
            requireSignedBody(request, bodySha256);
            if (session != null) {
                return liveSession(session).caller();
            }
            AccessKeySecret key = secrets.found()
                    .orElseThrow(() -> new IllegalStateException("verified without a key lookup"));
            usage.used(signature.accessKeyId(), service, platform.region());
            return Caller.longTerm(key.accountId(), key.principalArn(), signature.accessKeyId(), key.userId());
        } catch (SigV4Exception e) {
            audit.recordLater(AuditEntry.failure(auditAction, e.failure().awsName()).withTarget(truncate(auditTarget)));
            throw e;
        }
    }

    /**
     * Returns the caller behind a bearer session token (console sign-in) on the native API, or
     * throws {@link SigV4Exception} after auditing the failure as {@link #authenticate} does.
     */
    public Caller authenticateBearer(String sessionToken, String auditAction, String auditTarget) {
        try {
            return liveSession(openSession(Objects.requireNonNull(sessionToken, "sessionToken"))).caller();
        } catch (SigV4Exception e) {
            audit.recordLater(AuditEntry.failure(auditAction, e.failure().awsName()).withTarget(truncate(auditTarget)));
            throw e;
        }
    }

    /** The opened session of a token, null when there is none; a token we cannot open is invalid. */
    private OpenedSession openSession(String sessionToken) {
        if (sessionToken == null) {
            return null;
        }
        return sessions.open(sessionToken).orElseThrow(() -> new SigV4Exception(SigV4Failure.INVALID_SESSION_TOKEN,
                "The security token included in the request is invalid"));
    }

    private OpenedSession liveSession(OpenedSession session) {
        if (session.expiredAt(clock.instant())) {
            throw new SigV4Exception(SigV4Failure.EXPIRED_SESSION_TOKEN,
                    "The security token included in the request is expired");
        }
        return session;
    }

    /** As AWS does per service: a signature scoped to another service or region is not valid here. */
    private void requireScope(VerifiedSignature signature, String service) {
        if (!service.equals(signature.service()) || !platform.region().equals(signature.region())) {
            throw new SigV4Exception(SigV4Failure.SIGNATURE_MISMATCH, "Credential should be scoped to service '"
                    + service + "' in region '" + platform.region() + "'");
        }
    }

    /** UNSIGNED-PAYLOAD exists for S3 streaming; accepted here it would leave a request's body unprotected. */
    private static void requireSignedBody(SignedRequest signed, String bodySha256) {
        List<String> declared = signed.header(SigV4Names.X_AMZ_CONTENT_SHA256);
        if (!SigV4Verifier.EMPTY_BODY_SHA256.equals(bodySha256) && declared.contains(SigV4Names.UNSIGNED_PAYLOAD)) {
            throw new SigV4Exception(SigV4Failure.PAYLOAD_HASH_MISMATCH, "The request body must be signed");
        }
    }

    private static String truncate(String target) {
        if (target == null) {
            return null;
        }
        return target.length() <= 256 ? target : target.substring(0, 256);
    }
}
