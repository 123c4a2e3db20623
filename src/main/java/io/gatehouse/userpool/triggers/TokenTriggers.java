package io.gatehouse.userpool.triggers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import java.util.List;

/** The pre token generation trigger: claim, group and scope changes for a user's tokens about to be issued. */
@ApplicationScoped
public class TokenTriggers {

    private final TriggerInvoker invoker;
    private final UserPoolDirectory pools;
    private final SignInMetadata metadata;

    public TokenTriggers(TriggerInvoker invoker, UserPoolDirectory pools, SignInMetadata metadata) {
        this.invoker = invoker;
        this.pools = pools;
        this.metadata = metadata;
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
        ObjectNode event = PreTokenGenerationEvent.of(pool, source, clientId, user, groups, scopes);
        TriggerEvent.request(event).set("clientMetadata", TriggerEvent.stringMap(clientMetadata().values()));
        return PreTokenGenerationEvent.parse(pool, invoker.invoke(pool, TriggerType.PRE_TOKEN_GENERATION, event));
    }

    /** RespondToAuthChallenge's ClientMetadata; empty for other requests and outside a request. */
    private TriggerInput clientMetadata() {
        try {
            return metadata.clientMetadata();
        } catch (ContextNotActiveException e) {
            return TriggerInput.NONE;
        }
    }
}
