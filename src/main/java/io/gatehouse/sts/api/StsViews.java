package io.gatehouse.sts.api;

import io.gatehouse.sts.AssumedRole;
import io.gatehouse.sts.FederatedUser;
import io.gatehouse.sts.TemporaryCredentials;
import io.gatehouse.sts.WebIdentitySession;
import java.time.Instant;

/** The response bodies of {@code /api/v1/sts}: the STS result shapes in camel case. */
final class StsViews {

    private StsViews() {
    }

    /** Temporary credentials; sign requests with the key pair and send the token as {@code X-Amz-Security-Token}. */
    record Credentials(String accessKeyId, String secretAccessKey, String sessionToken, Instant expiration) {

        static Credentials of(TemporaryCredentials credentials) {
            return new Credentials(credentials.accessKeyId(), credentials.secretAccessKey(),
                    credentials.sessionToken(), credentials.expiration());
        }
    }

    record AssumedRoleUser(String arn, String assumedRoleId) {
    }

    /** AssumeRole's result. */
    record RoleSession(Credentials credentials, AssumedRoleUser assumedRoleUser, int packedPolicySize,
                       String sourceIdentity) {

        static RoleSession of(AssumedRole role) {
            return new RoleSession(Credentials.of(role.credentials()),
                    new AssumedRoleUser(role.arn(), role.assumedRoleId()), role.packedPolicySize(),
                    role.sourceIdentity());
        }
    }

    /** AssumeRoleWithWebIdentity's result. */
    record WebIdentityRoleSession(Credentials credentials, AssumedRoleUser assumedRoleUser, int packedPolicySize,
                                  String sourceIdentity, String subjectFromWebIdentityToken, String provider,
                                  String audience) {

        static WebIdentityRoleSession of(WebIdentitySession session) {
            AssumedRole role = session.role();
            return new WebIdentityRoleSession(Credentials.of(role.credentials()),
                    new AssumedRoleUser(role.arn(), role.assumedRoleId()), role.packedPolicySize(),
                    role.sourceIdentity(), session.subject(), session.provider(), session.audience());
        }
    }

    /** GetSessionToken's result. */
    record SessionToken(Credentials credentials) {
    }

    record FederatedUserView(String arn, String federatedUserId) {
    }

    /** GetFederationToken's result. */
    record FederationToken(Credentials credentials, FederatedUserView federatedUser, int packedPolicySize) {

        static FederationToken of(FederatedUser user) {
            return new FederationToken(Credentials.of(user.credentials()),
                    new FederatedUserView(user.arn(), user.federatedUserId()), user.packedPolicySize());
        }
    }

    /** GetCallerIdentity's result. */
    record CallerIdentity(String account, String arn, String userId) {
    }

    /** GetAccessKeyInfo's result. */
    record AccessKeyInfo(String account) {
    }

    /** The result of revoking a role's sessions: sessions issued before {@code revokedBefore} no longer work. */
    record Revocation(String roleName, String policyName, Instant revokedBefore) {
    }
}
