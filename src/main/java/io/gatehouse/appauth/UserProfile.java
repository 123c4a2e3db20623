package io.gatehouse.appauth;

import io.gatehouse.userpool.signin.UserMfa;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a signed-in user may read about themselves (GetUser): the username, the attributes the
 * client may read ({@code sub} first, always readable, then the rest by name) and the MFA state.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUser.html">GetUser</a>
 */
public record UserProfile(String username, Map<String, String> attributes, Optional<UserMfa> mfa) {

    public UserProfile {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}
