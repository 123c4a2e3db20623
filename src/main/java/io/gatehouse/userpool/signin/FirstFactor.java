package io.gatehouse.userpool.signin;

import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.AuthFlow;
import io.gatehouse.userpool.UserPool;
import java.util.Map;
import java.util.Set;

/** How an auth flow starts (InitiateAuth's AuthParameters), one implementation per flow family. */
public interface FirstFactor {

    Set<AuthFlow> flows();

    SignInStep start(UserPool pool, AppClient client, Map<String, String> parameters);

    /** Whether {@link #start} hashes a password, so it waits for {@link HashingAdmission} first. */
    default boolean hashesPassword() {
        return false;
    }
}
