package io.gatehouse.userpool.triggers;

import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The pre token generation trigger: claim, group and scope changes for a user's tokens about to be issued. */
@ApplicationScoped
public class TokenTriggers {

    private final TriggerInvoker invoker;
    private final UserPoolDirectory pools;

    public TokenTriggers(TriggerInvoker invoker, UserPoolDirectory pools) {
        this.invoker = invoker;
        this.pools = pools;
    }

    /**
     * The changes the pool's trigger asks for, or none without a trigger. {@code source} is one
     * of {@link PreTokenGenerationEvent}'s trigger sources; {@code groups} is what the tokens
     * would carry unchanged. Failures propagate: no tokens are issued.
     */
    public TokenOverrides preTokenGeneration(String poolId, String source, String clientId, PoolUser user,
                                             TokenOverrides.Groups groups, List<String> scopes) {
        UserPool pool = pools.pool(poolId).orElse(null);
        if (pool == null || !invoker.configured(pool, TriggerType.PRE_TOKEN_GENERATION)) {
            return TokenOverrides.NONE;
        }
        return PreTokenGenerationEvent.parse(pool, invoker.invoke(pool, TriggerType.PRE_TOKEN_GENERATION,
                PreTokenGenerationEvent.of(pool, source, clientId, user, groups, scopes)));
    }
}
