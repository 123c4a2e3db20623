package io.gatehouse.auth;

import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;
import jakarta.enterprise.context.RequestScoped;
import java.util.Objects;
import java.util.Optional;

/**
 * The authenticated {@link Caller} of the current request, set once by the authentication
 * filter and read by resources and the authorizer. Request scoped, so it is the one mutable
 * holder of per-request identity and never outlives the request.
 */
@RequestScoped
public class CallerContext {

    private Caller caller;

    /** Records who signed this request; a request is authenticated at most once. */
    public void authenticated(Caller authenticatedCaller) {
        Objects.requireNonNull(authenticatedCaller, "authenticatedCaller");
        if (caller != null && !caller.equals(authenticatedCaller)) {
            throw new IllegalStateException("The request is already authenticated as another caller");
        }
        caller = authenticatedCaller;
    }

    /** The caller, or empty on a request that was not authenticated. */
    public Optional<Caller> current() {
        return Optional.ofNullable(caller);
    }

    /** The caller; a request that reached this point unauthenticated fails with 401. */
    public Caller require() {
        if (caller == null) {
            throw new GatehouseException(CommonError.NOT_AUTHORIZED, "The request is not authenticated");
        }
        return caller;
    }
}
