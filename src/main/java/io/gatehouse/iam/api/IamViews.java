package io.gatehouse.iam.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gatehouse.iam.AccountPasswordPolicy;
import io.gatehouse.iam.CreatedAccessKey;
import io.gatehouse.iam.CreatedMfaDevice;
import io.gatehouse.iam.IamAccessKey;
import io.gatehouse.iam.IamGroup;
import io.gatehouse.iam.IamUser;
import io.gatehouse.iam.LoginProfile;
import io.gatehouse.iam.MfaDevice;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the native API shows IAM entities: never a password, hash, secret (except once, at creation) or seed. */
final class IamViews {

    private IamViews() {
    }

    @Schema(name = "IamUser")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record User(@Schema(example = "alice", description = "Absent for the root user") String name,
                @Schema(example = "AIDAJQABLZS4A3QDU576Q") String id,
                @Schema(example = "arn:aws:iam::000000000000:user/alice") String arn,
                String path, Instant createdAt, String permissionsBoundary, Map<String, String> tags,
                Instant passwordLastUsed) {

        static User of(IamUser user) {
            return new User(user.name(), user.id(), user.arn(), user.path(), user.createdAt(),
                    user.permissionsBoundary(), user.isRoot() ? null : user.tags(), user.passwordLastUsed());
        }
    }

    @Schema(name = "IamGroup")
    record Group(@Schema(example = "admins") String name, @Schema(example = "AGPAJQABLZS4A3QDU576Q") String id,
                 @Schema(example = "arn:aws:iam::000000000000:group/admins") String arn, String path,
                 Instant createdAt) {

        static Group of(IamGroup group) {
            return new Group(group.name(), group.id(), group.arn(), group.path(), group.createdAt());
        }
    }

    @Schema(name = "IamAccessKey")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AccessKey(@Schema(example = "AKIAIOSFODNN7EXAMPLE") String accessKeyId,
                     @Schema(description = "Absent for the root user's keys") String userName,
                     @Schema(enumeration = {"Active", "Inactive"}) String status, Instant createdAt,
                     @Schema(description = "Only in the response that created the key") String secretAccessKey) {

        static AccessKey of(IamAccessKey key) {
            return new AccessKey(key.accessKeyId(), key.userName(), key.status().name(), key.createdAt(), null);
        }

        static AccessKey of(CreatedAccessKey created) {
            IamAccessKey key = created.key();
            return new AccessKey(key.accessKeyId(), key.userName(), key.status().name(), key.createdAt(),
                    created.secretAccessKey());
        }
    }

    @Schema(name = "IamAccessKeyLastUsed")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AccessKeyLastUsed(String accessKeyId, String userName, Instant lastUsedAt,
                             @Schema(example = "iam") String serviceName, @Schema(example = "us-east-1") String region) {

        static AccessKeyLastUsed of(IamAccessKey key) {
            return new AccessKeyLastUsed(key.accessKeyId(), key.userName(), key.lastUsedAt(), key.lastUsedService(),
                    key.lastUsedRegion());
        }
    }

    @Schema(name = "IamLoginProfile")
    record Login(String userName, Instant createdAt, boolean passwordResetRequired) {

        static Login of(LoginProfile profile) {
            return new Login(profile.userName(), profile.createdAt(), profile.passwordResetRequired());
        }
    }

    @Schema(name = "IamMfaDevice")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Mfa(@Schema(example = "arn:aws:iam::000000000000:mfa/alice-phone") String serialNumber,
               @Schema(description = "The user it is enabled for; absent when unassigned or the root user's") String userName,
               boolean assigned, boolean root, Instant enabledAt, Instant createdAt, Map<String, String> tags) {

        static Mfa of(MfaDevice device, String userName) {
            return new Mfa(device.serialNumber(), userName, device.assigned(), device.rootAccountId() != null,
                    device.enabledAt(), device.createdAt(), device.tags());
        }
    }

    @Schema(name = "IamCreatedMfaDevice")
    record CreatedMfa(String serialNumber, @Schema(description = "The TOTP seed in Base32, shown once") String base32StringSeed,
                      @Schema(description = "otpauth:// URI for an authenticator app's QR code, shown once") String otpauthUri) {

        static CreatedMfa of(CreatedMfaDevice created) {
            return new CreatedMfa(created.device().serialNumber(), created.base32StringSeed(), created.otpauthUri());
        }
    }

    @Schema(name = "IamPasswordPolicy")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PasswordPolicy(int minimumPasswordLength, boolean requireSymbols, boolean requireNumbers,
                          boolean requireUppercaseCharacters, boolean requireLowercaseCharacters,
                          boolean allowUsersToChangePassword, boolean expirePasswords, Integer maxPasswordAge,
                          Integer passwordReusePrevention, Boolean hardExpiry) {

        static PasswordPolicy of(AccountPasswordPolicy p) {
            return new PasswordPolicy(p.minimumPasswordLength(), p.requireSymbols(), p.requireNumbers(),
                    p.requireUppercaseCharacters(), p.requireLowercaseCharacters(), p.allowUsersToChangePassword(),
                    p.expirePasswords(), p.maxPasswordAge(), p.passwordReusePrevention(), p.hardExpiry());
        }
    }
}
