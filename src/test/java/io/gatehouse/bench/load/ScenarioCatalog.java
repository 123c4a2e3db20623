package io.gatehouse.bench.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every scenario by name, in the order the suite runs them. The OIDC scenarios run against any
 * target; the AWS wire-protocol ones only against Gatehouse.
 */
public final class ScenarioCatalog {

    /** Builds a scenario for a target; may read the target's discovery document. */
    @FunctionalInterface
    interface Factory {
        Scenario create(Target target) throws Exception;
    }

    private static final Map<String, Factory> OIDC = new LinkedHashMap<>();
    private static final Map<String, Factory> GATEHOUSE_ONLY = new LinkedHashMap<>();

    static {
        OIDC.put("client_credentials", ClientCredentialsScenario::new);
        OIDC.put("jwks", GetScenario::jwks);
        OIDC.put("discovery", GetScenario::discovery);
    }

    private ScenarioCatalog() {
    }

    /** The scenarios this target can serve, in suite order. */
    public static List<String> names(Target target) {
        List<String> names = new ArrayList<>(OIDC.keySet());
        if ("gatehouse".equals(target.kind())) {
            names.addAll(GATEHOUSE_ONLY.keySet());
        }
        return names;
    }

    public static Scenario create(String name, Target target) throws Exception {
        Factory factory = OIDC.get(name);
        if (factory == null && "gatehouse".equals(target.kind())) {
            factory = GATEHOUSE_ONLY.get(name);
        }
        if (factory == null) {
            throw new IllegalArgumentException("no scenario '" + name + "' for a " + target.kind() + " target; known: "
                    + names(target));
        }
        return factory.create(target);
    }
}
