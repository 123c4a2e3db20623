package io.gatehouse.userpool;

import java.util.UUID;

/**
 * Lets other features react, inside the same transaction, when a user loses access: the OIDC
 * provider revokes the user's tokens and SSO sessions, as Cognito's AdminDisableUser does.
 */
public interface UserChangeListener {

    void accessRevoked(String poolId, UUID sub);
}
