package io.gatehouse.iam.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the native IAM requests; fields are checked by the IAM services with AWS's constraints. */
final class IamRequests {

    private IamRequests() {
    }

    /** {@code {"name": "alice", "path": "/engineering/", "tags": {"team": "core"}}}. */
    @Schema(name = "IamCreateUserRequest")
    record CreateUser(@Schema(example = "alice") String name, @Schema(example = "/engineering/") String path,
                      @Schema(example = "arn:aws:iam::000000000000:policy/Boundary") String permissionsBoundary,
                      Map<String, String> tags) {
    }

    /** A new name and/or path of a user or group (UpdateUser/UpdateGroup); absent fields keep their value. */
    @Schema(name = "IamRenameRequest")
    record Rename(@Schema(example = "alice2") String name, @Schema(example = "/ops/") String path) {
    }

    /** {@code {"name": "admins", "path": "/"}}. */
    @Schema(name = "IamCreateGroupRequest")
    record CreateGroup(@Schema(example = "admins") String name, String path) {
    }

    /** Tags to add or replace: {@code {"tags": {"team": "core"}}}. */
    @Schema(name = "IamTagsRequest")
    record Tags(Map<String, String> tags) {
    }

    /** {@code {"status": "Inactive"}}. */
    @Schema(name = "IamAccessKeyStatusRequest")
    record KeyStatus(@Schema(enumeration = {"Active", "Inactive"}) String status) {
    }

    /** A console password; on update either field may be left out. */
    @Schema(name = "IamLoginProfileRequest")
    record LoginProfile(@Schema(example = "Correct-Horse-1") String password, Boolean passwordResetRequired) {
    }

    /** ChangePassword by the calling IAM user. */
    @Schema(name = "IamChangePasswordRequest")
    record ChangePassword(String oldPassword, String newPassword) {
    }

    /** {@code {"name": "alice-phone", "path": "/"}}. */
    @Schema(name = "IamCreateMfaDeviceRequest")
    record CreateMfaDevice(@Schema(example = "alice-phone") String name, String path, Map<String, String> tags) {
    }

    /** Two consecutive codes of the device's authenticator app. */
    @Schema(name = "IamEnableMfaDeviceRequest")
    record EnableMfaDevice(@Schema(example = "arn:aws:iam::000000000000:mfa/alice-phone") String serialNumber,
                           @Schema(example = "123456") String authenticationCode1,
                           @Schema(example = "654321") String authenticationCode2) {
    }

    /** The whole password policy; absent fields take AWS's defaults (no partial updates, as in IAM). */
    @Schema(name = "IamPasswordPolicyRequest")
    record PasswordPolicy(@Schema(example = "12") Integer minimumPasswordLength, Boolean requireSymbols,
                          Boolean requireNumbers, Boolean requireUppercaseCharacters, Boolean requireLowercaseCharacters,
                          Boolean allowUsersToChangePassword, @Schema(example = "90") Integer maxPasswordAge,
                          @Schema(example = "5") Integer passwordReusePrevention, Boolean hardExpiry) {
    }
}
