package io.gatehouse.identitypool;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an identity's sign-in proves, as role trust policies and sessions see it: the {@code amr}
 * values ({@code ["unauthenticated"]}, or {@code "authenticated"} then each provider name then each
 * provider's user entry) and the principal tags taken from the logins' claims by the pool's
 * principal-tag maps (a developer token's tags as issued).
 */
public record SignInContext(List<String> amr, Map<String, String> principalTags) {

    public static final SignInContext GUEST = new SignInContext(List.of(PoolRoles.UNAUTHENTICATED), Map.of());

    public SignInContext {
        amr = List.copyOf(Objects.requireNonNull(amr, "amr"));
        principalTags = Map.copyOf(Objects.requireNonNull(principalTags, "principalTags"));
    }

    /** The context of verified logins; {@code tagMaps} are the pool's maps by provider name. */
    public static SignInContext of(List<VerifiedLogin> logins, Map<String, PrincipalTagMap> tagMaps) {
        if (logins.isEmpty()) {
            return GUEST;
        }
        LinkedHashSet<String> providers = new LinkedHashSet<>();
        LinkedHashSet<String> entries = new LinkedHashSet<>();
        Map<String, String> tags = new HashMap<>();
        for (VerifiedLogin login : logins) {
            if (IdentityPoolArns.FEDERATED_PRINCIPAL.equals(login.provider())) {
                developerToken(login, providers, entries, tags);
                continue;
            }
            providers.add(login.provider());
            entries.add(login.amrEntry());
            PrincipalTagMap map = tagMaps.get(login.provider());
            if (map != null) {
                map.effective().forEach((tag, claim) -> {
                    String value = scalar(login.claims().get(claim));
                    if (value != null) {
                        tags.putIfAbsent(tag, value);
                    }
                });
            }
        }
        List<String> amr = new ArrayList<>();
        amr.add(PoolRoles.AUTHENTICATED);
        amr.addAll(providers);
        amr.addAll(entries);
        return new SignInContext(amr, tags);
    }

    /** A claim usable as a tag value: a string, number or boolean, or a list of exactly one (as a parsed {@code aud}). */
    private static String scalar(Object value) {
        if (value instanceof List<?> list && list.size() == 1) {
            return scalar(list.get(0));
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        return null;
    }

    /** A developer token already carries its amr and principal tags. */
    private static void developerToken(VerifiedLogin login, LinkedHashSet<String> providers, LinkedHashSet<String> entries,
                                       Map<String, String> tags) {
        if (login.claims().get("amr") instanceof List<?> amr) {
            amr.stream().map(String::valueOf).filter(v -> !PoolRoles.AUTHENTICATED.equals(v))
                    .forEach(v -> (v.contains(":") ? entries : providers).add(v));
        }
        if (login.claims().get(IdentityPoolTokens.TAGS_CLAIM) instanceof Map<?, ?> claim
                && claim.get("principal_tags") instanceof Map<?, ?> principal) {
            principal.forEach((k, v) -> tags.putIfAbsent(String.valueOf(k), String.valueOf(v)));
        }
    }
}
