package io.gatehouse.aws.iam;

import io.gatehouse.aws.wire.QueryCall;
import io.gatehouse.aws.wire.QueryInput;
import io.gatehouse.aws.wire.QueryOperation;
import io.gatehouse.aws.wire.QueryOperations;
import io.gatehouse.aws.wire.QueryResult;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.iam.IamError;
import io.gatehouse.iam.PolicySimulator;
import io.gatehouse.iam.SimulatedStatement;
import io.gatehouse.iam.SimulationInput;
import io.gatehouse.iam.SimulationResult;
import io.gatehouse.iam.policy.Position;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * SimulateCustomPolicy and SimulatePrincipalPolicy: IAM's policy simulator on the query protocol.
 * Results are paged by action ({@code MaxItems}, {@code Marker}); {@code ResourceHandlingOption}
 * is accepted and ignored, since Gatehouse has no EC2 scenarios that would need it.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html">SimulateCustomPolicy</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_EvaluationResult.html">EvaluationResult</a>
 */
@ApplicationScoped
public class SimulationOperations implements QueryOperations {

    /** IAM's ContextKeyTypeEnum. */
    private static final Set<String> CONTEXT_TYPES = Set.of("string", "stringList", "numeric", "numericList",
            "boolean", "booleanList", "ip", "ipList", "binary", "binaryList", "date", "dateList");

    private final PolicySimulator simulator;

    public SimulationOperations(PolicySimulator simulator) {
        this.simulator = Objects.requireNonNull(simulator, "simulator");
    }

    @Override
    public List<QueryOperation> operations() {
        return List.of(Iam.operation("SimulateCustomPolicy", this::custom),
                Iam.operation("SimulatePrincipalPolicy", this::principal));
    }

    QueryResult custom(QueryCall call) {
        QueryInput in = call.input();
        return page(simulator.simulateCustom(call.caller().accountId(), input(in)), in);
    }

    QueryResult principal(QueryCall call) {
        QueryInput in = call.input();
        String source = in.requiredString("PolicySourceArn", 20, 2048);
        return page(simulator.simulatePrincipal(call.caller().accountId(), source, input(in)), in);
    }

    private static SimulationInput input(QueryInput in) {
        List<String> actions = in.strings("ActionNames");
        actions.forEach(action -> length("ActionNames", action, 3, 128));
        List<String> resources = in.strings("ResourceArns");
        resources.forEach(resource -> length("ResourceArns", resource, 1, 2048));
        return new SimulationInput(in.strings("PolicyInputList"), in.strings("PermissionsBoundaryPolicyInputList"),
                actions, resources, in.string("ResourcePolicy", 1, 131_072), in.string("ResourceOwner", 1, 2048),
                in.string("CallerArn", 1, 2048), context(in));
    }

    /** ContextEntries: each a key, its type and its values; a single-valued type takes one value. */
    private static Map<String, List<String>> context(QueryInput in) {
        Map<String, List<String>> context = new LinkedHashMap<>();
        for (QueryInput entry : in.structures("ContextEntries")) {
            String name = entry.string("ContextKeyName", 5, 256);
            String type = entry.string("ContextKeyType");
            List<String> values = entry.strings("ContextKeyValues");
            if (name == null || type == null || !CONTEXT_TYPES.contains(type)) {
                throw new GatehouseException(IamError.INVALID_INPUT,
                        "Each ContextEntries member needs a ContextKeyName and a ContextKeyType of " + CONTEXT_TYPES);
            }
            if (!type.endsWith("List") && values.size() > 1) {
                throw new GatehouseException(IamError.INVALID_INPUT,
                        "The context key " + name + " of type " + type + " takes a single value.");
            }
            context.merge(name, values, (a, b) -> {
                throw new GatehouseException(IamError.INVALID_INPUT, "The context key " + name + " is given twice.");
            });
        }
        return context;
    }

    private static void length(String parameter, String value, int min, int max) {
        if (value.length() < min || value.length() > max) {
            throw new GatehouseException(IamError.VALIDATION_ERROR, "Each member of " + parameter
                    + " must have length between " + min + " and " + max + ".");
        }
    }

    /** One page of results, by action; the marker is the index of the next action. */
    private static QueryResult page(List<SimulationResult> results, QueryInput in) {
        int maxItems = PolicyShapes.maxItems(in);
        String marker = PolicyShapes.marker(in);
        int from = 0;
        if (marker != null) {
            try {
                from = Integer.parseInt(marker);
            } catch (NumberFormatException e) {
                from = -1;
            }
            if (from < 0 || from > results.size()) {
                throw new GatehouseException(IamError.INVALID_INPUT, "Marker is not one this simulation returned.");
            }
        }
        int to = Math.min(results.size(), from + maxItems);
        QueryResult result = QueryResult.of().addList("EvaluationResults", results.subList(from, to),
                SimulationOperations::evaluation).add("IsTruncated", to < results.size());
        return to < results.size() ? result.add("Marker", Integer.toString(to)) : result;
    }

    private static QueryResult evaluation(SimulationResult r) {
        QueryResult result = QueryResult.of().add("EvalActionName", r.action()).add("EvalResourceName", r.resource())
                .add("EvalDecision", SimulationResult.decisionName(r.decision()))
                .addList("MatchedStatements", r.matched(), SimulationOperations::statement)
                .addStrings("MissingContextValues", List.of());
        if (r.allowedByOrganizations() != null) {
            result.add("OrganizationsDecisionDetail",
                    QueryResult.of().add("AllowedByOrganizations", r.allowedByOrganizations()));
        }
        if (r.allowedByBoundary() != null) {
            result.add("PermissionsBoundaryDecisionDetail",
                    QueryResult.of().add("AllowedByPermissionsBoundary", r.allowedByBoundary()));
        }
        return result.addList("ResourceSpecificResults", r.perResource(), SimulationOperations::resource);
    }

    private static QueryResult resource(SimulationResult.ResourceResult r) {
        QueryResult result = QueryResult.of().add("EvalResourceName", r.resource())
                .add("EvalResourceDecision", SimulationResult.decisionName(r.decision()))
                .addList("MatchedStatements", r.matched(), SimulationOperations::statement)
                .addStrings("MissingContextValues", List.of());
        if (r.allowedByBoundary() != null) {
            result.add("PermissionsBoundaryDecisionDetail",
                    QueryResult.of().add("AllowedByPermissionsBoundary", r.allowedByBoundary()));
        }
        return result;
    }

    private static QueryResult statement(SimulatedStatement s) {
        QueryResult result = QueryResult.of().add("SourcePolicyId", s.sourcePolicyId())
                .add("SourcePolicyType", s.sourcePolicyType());
        if (s.start() != null) {
            result.add("StartPosition", position(s.start())).add("EndPosition", position(s.end()));
        }
        return result;
    }

    private static QueryResult position(Position p) {
        return QueryResult.of().add("Line", p.line()).add("Column", p.column());
    }
}
