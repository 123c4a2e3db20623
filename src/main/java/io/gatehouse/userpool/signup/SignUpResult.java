package io.gatehouse.userpool.signup;

import io.gatehouse.userpool.PoolUser;
import java.util.Objects;
import java.util.Optional;

/**
 * What SignUp answers: the new user (UserSub), whether they are already confirmed (only when the
 * pre sign-up trigger answered autoConfirmUser), and where the confirmation code went, if one was sent.
 */
public record SignUpResult(PoolUser user, boolean confirmed, Optional<CodeDelivery> delivery) {

    public SignUpResult {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(delivery, "delivery");
    }
}
