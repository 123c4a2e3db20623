package io.gatehouse.iam.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A policy's statements grouped by the service prefix of their actions, so that evaluation only
 * looks at statements that can match the request's service. Each group keeps document order and
 * includes the statements that can match any service.
 */
final class StatementIndex {

    private final Map<String, Statement[]> byService;
    private final Statement[] anyService;

    StatementIndex(List<Statement> statements) {
        List<Statement> wildcard = new ArrayList<>();
        Set<String> services = new LinkedHashSet<>();
        for (Statement statement : statements) {
            String[] actionServices = statement.actionServices();
            if (actionServices == null) {
                wildcard.add(statement);
            } else {
                services.addAll(List.of(actionServices));
            }
        }
        Map<String, Statement[]> groups = new HashMap<>();
        for (String service : services) {
            groups.put(service, statements.stream().filter(statement -> canMatch(statement, service))
                    .toArray(Statement[]::new));
        }
        this.byService = Map.copyOf(groups);
        this.anyService = wildcard.toArray(Statement[]::new);
    }

    /** The statements that may apply to an action of {@code service} (lower-cased), in document order. */
    Statement[] candidates(String service) {
        Statement[] group = byService.get(service);
        return group != null ? group : anyService;
    }

    private static boolean canMatch(Statement statement, String service) {
        String[] actionServices = statement.actionServices();
        return actionServices == null || List.of(actionServices).contains(service);
    }
}
