package io.gatehouse.oidc.web;

import io.gatehouse.oidc.message.ResponseMode;
import io.gatehouse.userpool.AppClient;
import java.util.Objects;

/**
 * Where an authorization response goes once client and redirect URI are known valid: from then
 * on, errors are reported to the client instead of on an error page (RFC 6749 §4.1.2.1).
 */
record ClientRedirect(String poolId, AppClient client, String redirectUri, ResponseMode mode, String state) {

    ClientRedirect {
        Objects.requireNonNull(poolId, "poolId");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(mode, "mode");
    }
}
