package io.gatehouse.iam;

import java.time.Instant;

/**
 * That a user has a console password: when it was set and whether the user must change it at
 * next sign-in. The password itself is only ever kept as an Argon2id hash.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_LoginProfile.html">LoginProfile</a>
 */
public record LoginProfile(String userName, Instant createdAt, boolean passwordResetRequired) {
}
