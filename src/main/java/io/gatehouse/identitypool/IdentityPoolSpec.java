package io.gatehouse.identitypool;

import java.util.Objects;

/** The settings of CreateIdentityPool and UpdateIdentityPool, validated by {@link IdentityPoolService}. */
public record IdentityPoolSpec(String name, Boolean allowUnauthenticated, boolean allowClassicFlow,
                               String developerProviderName, IdentityProviders providers) {

    public IdentityPoolSpec {
        Objects.requireNonNull(providers, "providers");
    }
}
