package io.gatehouse.oidc.web;

import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import java.util.Optional;

/**
 * Resolves the pool of an issuer path from the cache; an unknown pool is a plain 404, as for any
 * unknown URL. The path template takes any first segment (a regex in the template was matched on
 * every request to every pool endpoint), so the pool id's shape, {@code <region>_<id>}, is checked
 * here by hand before any lookup: a first segment of another shape is a 404 as it always was.
 */
@ApplicationScoped
class PoolGuard {

    private final UserPoolDirectory directory;

    PoolGuard(UserPoolDirectory directory) {
        this.directory = directory;
    }

    /** The pool if this node has it cached; empty when it must be looked up. */
    Optional<UserPool> cached(String poolId) {
        return routable(poolId) ? directory.cachedPool(poolId) : Optional.empty();
    }

    UserPool require(String poolId) {
        if (!routable(poolId)) {
            throw new NotFoundException();
        }
        return directory.pool(poolId).orElseThrow(NotFoundException::new);
    }

    /**
     * {@code [A-Za-z0-9-]+_[A-Za-z0-9]+}: the pool ids issuer paths have always been routed for;
     * it also keeps {@code /api}, {@code /q} and {@code /} out.
     */
    static boolean routable(String poolId) {
        int separator = poolId == null ? -1 : poolId.indexOf('_');
        if (separator <= 0 || separator == poolId.length() - 1) {
            return false;
        }
        for (int i = 0; i < poolId.length(); i++) {
            char c = poolId.charAt(i);
            boolean alphanumeric = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!alphanumeric && !(i < separator && c == '-') && i != separator) {
                return false;
            }
        }
        return true;
    }
}
