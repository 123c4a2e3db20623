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
 * region, require a signed body, note the key's use ({@link AccessKeyUsage}), then build the
 * {@link Caller}. A failure is audited (batched) and thrown as {@link SigV4Exception}; each entry
 * point renders it in its own wire format.
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
    private final AccessKeyUsage usage;

    public RequestAuthenticator(AuthConfig config, AccessKeyLookup accessKeys, Clock clock, AuditLog audit,
                                PlatformConfig platform, AccessKeyUsage usage) {
        this.verifier = new SigV4Verifier(config.sigv4ClockSkew());
        this.accessKeys = Objects.requireNonNull(accessKeys, "accessKeys");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.platform = Objects.requireNonNull(platform, "platform");
        this.usage = Objects.requireNonNull(usage, "usage");
    }

    /**
     * Returns who signed {@code request} for {@code service}, or throws {@link SigV4Exception}
     * after recording a failed {@code auditAction} event whose target is {@code auditTarget}
     * (e.g. {@code POST /api/v1/user-pools} or {@code AWSCognitoIdentityProviderService.CreateUserPool}).
     */
    public Caller authenticate(SignedRequest request, String service, String auditAction, String auditTarget) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(service, "service");
        AccessKeySecrets secrets = new AccessKeySecrets(accessKeys);
        try {
            VerifiedSignature signature = verifier.verify(request, secrets, clock.instant());
            AccessKeySecret key = secrets.found()
                    .orElseThrow(() -> new IllegalStateException("verified without a key lookup"));
            requireScope(signature, service);
            requireSignedBody(request);
            usage.used(signature.accessKeyId(), service, platform.region());
            return new Caller(key.accountId(), key.principalArn(), signature.accessKeyId());
        } catch (SigV4Exception e) {
            audit.recordLater(AuditEntry.failure(auditAction, e.failure().awsName()).withTarget(truncate(auditTarget)));
            throw e;
        }
    }

    /** As AWS does per service: a signature scoped to another service or region is not valid here. */
    private void requireScope(VerifiedSignature signature, String service) {
        if (!service.equals(signature.service()) || !platform.region().equals(signature.region())) {
            throw new SigV4Exception(SigV4Failure.SIGNATURE_MISMATCH, "Credential should be scoped to service '"
                    + service + "' in region '" + platform.region() + "'");
        }
    }

    /** UNSIGNED-PAYLOAD exists for S3 streaming; accepted here it would leave a request's body unprotected. */
    private static void requireSignedBody(SignedRequest signed) {
        List<String> declared = signed.header(SigV4Names.X_AMZ_CONTENT_SHA256);
        if (signed.body().length > 0 && declared.contains(SigV4Names.UNSIGNED_PAYLOAD)) {
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
