package io.gatehouse.aws.cognitoidentity;

import io.gatehouse.auth.Caller;
import io.gatehouse.aws.wire.AuthorizationTarget;
import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.identitypool.IdentityPoolArns;
import io.gatehouse.identitypool.IdentityPoolRules;
import io.gatehouse.identitypool.IdentityService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Objects;

/**
 * The resource a signed identity-pool operation acts on: the ARN of the pool named by
 * {@code IdentityPoolId}, by {@code ResourceArn} (tagging) or, for DescribeIdentity, the pool of
 * {@code IdentityId}; {@code *} for CreateIdentityPool and ListIdentityPools. Like every resolver it
 * never fails: a malformed or unknown id falls back to {@code *} and the handler reports it.
 */
@ApplicationScoped
class IdentityPoolTargets {

    private final IdentityService identities;

    IdentityPoolTargets(IdentityService identities) {
        this.identities = Objects.requireNonNull(identities, "identities");
    }

    AuthorizationTarget resolve(Caller caller, JsonInput input, String region) {
        String arn = text(input, "ResourceArn");
        if (arn != null) {
            return new AuthorizationTarget(arn, tags(input, "Tags"));
        }
        String poolId = text(input, "IdentityPoolId");
        if (poolId == null) {
            poolId = poolOfIdentity(text(input, "IdentityId"));
        }
        String resource = poolId == null ? "*" : IdentityPoolArns.pool(region, caller.accountId(), poolId);
        return new AuthorizationTarget(resource, tags(input, "IdentityPoolTags"));
    }

    private String poolOfIdentity(String identityId) {
        if (identityId == null || !IdentityPoolRules.ID.matcher(identityId).matches()) {
            return null;
        }
        try {
            return identities.find(identityId).poolId();
        } catch (GatehouseException unknown) {
            return null;
        }
    }

    private static Map<String, String> tags(JsonInput input, String member) {
        try {
            return input.stringMap(member);
        } catch (GatehouseException malformed) {
            return Map.of();
        }
    }

    private static String text(JsonInput input, String member) {
        try {
            return input.has(member) ? input.string(member) : null;
        } catch (GatehouseException wrongType) {
            return null;
        }
    }
}
