package io.gatehouse.iam;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Storage of inline policies, keyed by principal and policy name (names compared as given). */
public interface InlinePolicyStore {

    /** Creates or replaces the document. */
    void put(PrincipalType type, String principalId, String name, String document);

    Optional<String> find(PrincipalType type, String principalId, String name);

    /** All of the principal's inline policies, name to document, ordered by name. */
    Map<String, String> all(PrincipalType type, String principalId);

    boolean delete(PrincipalType type, String principalId, String name);

    boolean any(PrincipalType type, String principalId);

    /** The names only, ordered, after {@code afterName} (null for the first), at most {@code limit}. */
    List<String> names(PrincipalType type, String principalId, String afterName, int limit);
}
