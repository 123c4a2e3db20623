package io.gatehouse.aws.cognitoidp;

import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.aws.wire.JsonOutput;
import io.gatehouse.platform.PlatformConfig;
import io.gatehouse.userpool.UserPool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;

/**
 * The one place where Cognito's user-pool settings meet the domain's {@link UserPool}, in both
 * directions. The domain has a name only so far: the other members of CreateUserPool and
 * UpdateUserPool (Policies, Schema, MfaConfiguration, AutoVerifiedAttributes…) are accepted and
 * ignored until the domain gains them, and then mapped here.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolType.html">UserPoolType</a>
 */
@ApplicationScoped
class UserPoolMapper {

    static final String POOL_NAME = "PoolName";

    private final PlatformConfig platform;

    UserPoolMapper(PlatformConfig platform) {
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    /** The required PoolName of CreateUserPool. */
    String requiredName(JsonInput input) {
        return input.requiredString(POOL_NAME);
    }

    /** The PoolName of UpdateUserPool, or null to keep the current name. */
    String newName(JsonInput input) {
        return input.string(POOL_NAME);
    }

    /** UserPoolType, as CreateUserPool and DescribeUserPool return it. */
    JsonOutput userPoolType(UserPool pool) {
        return JsonOutput.object()
                .put("Id", pool.id())
                .put("Name", pool.name())
                .put("Arn", arn(pool))
                .put("CreationDate", pool.createdAt())
                .put("LastModifiedDate", pool.updatedAt())
                .put("UsernameConfiguration", JsonOutput.object().put("CaseSensitive", false))
                .put("DeletionProtection", "INACTIVE");
    }

    /** UserPoolDescriptionType, the ListUserPools entry. */
    JsonOutput description(UserPool pool) {
        return JsonOutput.object()
                .put("Id", pool.id())
                .put("Name", pool.name())
                .put("LambdaConfig", JsonOutput.object())
                .put("CreationDate", pool.createdAt())
                .put("LastModifiedDate", pool.updatedAt());
    }

    /** {@code arn:aws:cognito-idp:<region>:<account>:userpool/<id>}. */
    String arn(UserPool pool) {
        return "arn:aws:cognito-idp:" + platform.region() + ":" + pool.accountId() + ":userpool/" + pool.id();
    }
}
