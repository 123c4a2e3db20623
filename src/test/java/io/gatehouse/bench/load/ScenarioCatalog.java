package io.gatehouse.bench.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every scenario by name, in the order the suite runs them. The OIDC scenarios run against any
 * target; the AWS wire-protocol ones only against Gatehouse. A scenario both servers serve in their
 * own way (password sign-in: Cognito's InitiateAuth here, the password grant on Keycloak) has one name
 * and a factory per kind, so the comparison table pairs them.
 */
public final class ScenarioCatalog {

    /** Builds a scenario for a target; may read the target's discovery document. */
    @FunctionalInterface
    interface Factory {
        Scenario create(Target target) throws Exception;
    }

    private static final String GATEHOUSE = "gatehouse";
    private static final String KEYCLOAK = "keycloak";
    private static final Map<String, Map<String, Factory>> BY_KIND = Map.of(
            GATEHOUSE, new LinkedHashMap<>(), KEYCLOAK, new LinkedHashMap<>());

    static {
        both("client_credentials", ClientCredentialsScenario::new);
        both("jwks", GetScenario::jwks);
        both("discovery", GetScenario::discovery);
        only(GATEHOUSE, "password", PasswordSignInScenario::new);
        only(KEYCLOAK, "password", SignInScenario::password);
        only(GATEHOUSE, "srp", SrpSignInScenario::new);
        both("refresh", RefreshScenario::new);
        both("code_flow", SignInScenario::codeFlow);
        both("introspect", IntrospectScenario::new);
        both("userinfo", UserInfoScenario::new);
        only(GATEHOUSE, "assume_role_web_identity", WebIdentityScenario::new);
        only(GATEHOUSE, "identity_pool", IdentityPoolScenario::new);
        only(GATEHOUSE, "sigv4_list_users", SignedListUsersScenario::new);
    }

    private static void both(String name, Factory factory) {
        BY_KIND.values().forEach(factories -> factories.put(name, factory));
    }

    private static void only(String kind, String name, Factory factory) {
        BY_KIND.get(kind).put(name, factory);
    }

    private ScenarioCatalog() {
    }

    /** The scenarios this target can serve, in suite order. */
    public static List<String> names(Target target) {
        return new ArrayList<>(factories(target).keySet());
    }

    public static Scenario create(String name, Target target) throws Exception {
        Factory factory = factories(target).get(name);
        if (factory == null) {
            throw new IllegalArgumentException("no scenario '" + name + "' for a " + target.kind() + " target; known: "
                    + names(target));
        }
        return factory.create(target);
    }

    private static Map<String, Factory> factories(Target target) {
        Map<String, Factory> factories = BY_KIND.get(target.kind());
        if (factories == null) {
            throw new IllegalArgumentException("unknown target kind '" + target.kind() + "' (gatehouse|keycloak)");
        }
        return factories;
    }
}
