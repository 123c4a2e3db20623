package io.gatehouse.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallerContextTest {

    private static final Caller ALICE =
            Caller.longTerm("123456789012", "arn:aws:iam::123456789012:user/alice", "AKIAALICE0000000",
                    "AIDAALICE00000000000");

    @Test
    void requireWhenNotAuthenticatedThenNotAuthorized() {
        CallerContext context = new CallerContext();

        GatehouseException e = assertThrows(GatehouseException.class, context::require);

        assertEquals(CommonError.NOT_AUTHORIZED, e.code());
        assertTrue(context.current().isEmpty());
    }

    @Test
    void requireWhenAuthenticatedThenCaller() {
        CallerContext context = new CallerContext();

        context.authenticated(ALICE);

        assertEquals(ALICE, context.require());
        assertEquals(Optional.of(ALICE), context.current());
    }

    @Test
    void authenticatedWhenAlreadyAnotherCallerThenRejected() {
        CallerContext context = new CallerContext();
        context.authenticated(ALICE);

        assertThrows(IllegalStateException.class, () -> context.authenticated(
                Caller.longTerm("123456789012", "arn:aws:iam::123456789012:user/bob", "AKIABOB000000000",
                        "AIDABOB0000000000000")));
        assertEquals(ALICE, context.require());
    }
}
