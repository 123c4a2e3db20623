package io.gatehouse.oidc.web;

import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import java.util.Optional;

/** Resolves the pool of an issuer path from the cache; an unknown pool is a plain 404, as for any unknown URL. */
@ApplicationScoped
class PoolGuard {

    private final UserPoolDirectory directory;

    PoolGuard(UserPoolDirectory directory) {
        this.directory = directory;
    }

    /** The pool if this node has it cached; empty when it must be looked up. */
    Optional<UserPool> cached(String poolId) {
        return directory.cachedPool(poolId);
    }

    UserPool require(String poolId) {
        return directory.pool(poolId).orElseThrow(NotFoundException::new);
    }
}
