package io.gatehouse.realm;

import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The roles an identity pool of a realm file names: by ARN, or by the name of a role declared in
 * the same file's {@code iam.roles}. A name the file does not declare is a parse error; a declared
 * name becomes the ARN of that role once the IAM section is applied.
 */
final class RealmIdentityPoolRoles {

    private static final String ARN = "arn:";

    private RealmIdentityPoolRoles() {
    }

    /** Rejects a role reference by a name that {@code iam.roles} does not declare, at its path. */
    static void check(JsonObjectReader in, List<RealmIdentityPool> pools, RealmIam iam) {
        Set<String> names = iam.roles().stream().map(RealmIamRole::name).collect(Collectors.toSet());
        for (int i = 0; i < pools.size(); i++) {
            JsonPath at = in.path().child("identityPools").index(i);
            each(pools.get(i), at, (reference, path) -> {
                if (!isArn(reference) && !names.contains(reference)) {
                    throw in.error(path, "no role named \"" + reference + "\" is declared in this file's iam.roles; "
                            + "name other roles by ARN");
                }
            });
        }
    }

    static boolean isArn(String reference) {
        return reference.startsWith(ARN);
    }

    /** Every role reference of the pool with its path. */
    static void each(RealmIdentityPool pool, JsonPath at, BiConsumer<String, JsonPath> visit) {
        if (pool.roles() != null) {
            pool.roles().forEach((key, reference) -> visit.accept(reference, at.child("roles").child(key)));
        }
        if (pool.roleMappings() != null) {
            pool.roleMappings().forEach((provider, mapping) -> {
                for (int r = 0; r < mapping.rules().size(); r++) {
                    visit.accept(mapping.rules().get(r).role(),
                            at.child("roleMappings").child(provider).child("rules").index(r).child("role"));
                }
            });
        }
    }
}
