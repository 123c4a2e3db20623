package io.gatehouse.appauth;

import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.PoolUser;
import io.gatehouse.userpool.UserPool;

/** The user an access token speaks for, with the pool and the client it was issued through. */
public record SignedInUser(UserPool pool, AppClient client, PoolUser user, String familyId) {
}
