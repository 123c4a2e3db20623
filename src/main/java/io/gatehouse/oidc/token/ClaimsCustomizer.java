package io.gatehouse.oidc.token;

import io.gatehouse.userpool.AppClient;

/**
 * Extension point of user token issuing: asked once per issue, before anything is signed, for
 * changes to the claims of the access and ID tokens. The issuers decide which changes apply
 * ({@link ClaimsEditor} ignores protected claims). An exception stops the issue: no tokens.
 * Gatehouse's implementation calls the pool's pre token generation trigger.
 */
public interface ClaimsCustomizer {

    ClaimsCustomizer NONE = (client, user, scope, occasion) -> ClaimsOverride.NONE;

    /** The changes for {@code user}'s tokens to {@code client} with {@code scope}. */
    ClaimsOverride customize(AppClient client, UserClaims user, String scope, TokenOccasion occasion);
}
