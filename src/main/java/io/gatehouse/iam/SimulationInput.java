package io.gatehouse.iam;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to simulate, as IAM's SimulateCustomPolicy and SimulatePrincipalPolicy take it: extra
 * identity policies ({@code PolicyInputList}), permissions boundaries, the actions and resources to
 * try ({@code *} when none), an optional resource-based policy with its owner account, the simulated
 * caller's ARN, and the condition context ({@code ContextEntries}). The simulator fills no context
 * key by itself: only these values are present, as in AWS.
 */
public record SimulationInput(List<String> identityPolicies, List<String> boundaryPolicies, List<String> actions,
                              List<String> resources, String resourcePolicy, String resourceOwner, String callerArn,
                              Map<String, List<String>> context) {

    public SimulationInput {
        identityPolicies = List.copyOf(Objects.requireNonNull(identityPolicies, "identityPolicies"));
        boundaryPolicies = List.copyOf(Objects.requireNonNull(boundaryPolicies, "boundaryPolicies"));
        actions = List.copyOf(Objects.requireNonNull(actions, "actions"));
        resources = resources == null || resources.isEmpty() ? List.of("*") : List.copyOf(resources);
        context = Map.copyOf(Objects.requireNonNull(context, "context"));
    }
}
