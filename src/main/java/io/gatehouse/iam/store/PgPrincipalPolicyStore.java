package io.gatehouse.iam.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatehouse.iam.PolicyArns;
import io.gatehouse.iam.PrincipalDirectory;
import io.gatehouse.iam.PrincipalPolicyStore;
import io.gatehouse.iam.PrincipalRef;
import io.gatehouse.iam.PrincipalType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
class PgPrincipalPolicyStore implements PrincipalPolicyStore {

    private static final TypeReference<Map<String, String>> TAGS = new TypeReference<>() {
    };

    private final EntityManager em;
    private final PrincipalDirectory directory;
    private final ObjectMapper json;

    PgPrincipalPolicyStore(EntityManager em, PrincipalDirectory directory, ObjectMapper json) {
        this.em = em;
        this.directory = directory;
        this.json = json;
    }

    @Override
    public Optional<PrincipalDocuments> documents(String accountId, PrincipalType type, String name) {
        return directory.find(accountId, type, name).map(principal -> {
            List<PrincipalRef> sources = new ArrayList<>(List.of(principal));
            if (type == PrincipalType.USER) {
                sources.addAll(groupsOf(principal));
            }
            List<InlineDocument> inline = new ArrayList<>();
            List<String> attached = new ArrayList<>();
            for (PrincipalRef source : sources) {
                inline.addAll(inline(source));
                attached.addAll(attached(source));
            }
            Object[] own = own(principal);
            return new PrincipalDocuments(inline, attached, (String) own[0], tags((String) own[1]));
        });
    }

    @Override
    public Map<String, String> defaultDocuments(String accountId, Collection<String> arns) {
        Map<String, String> result = new HashMap<>();
        for (String arn : arns) {
            PolicyArns.parse(arn).filter(p -> p.accountId().equals(accountId)).ifPresent(parts -> {
                @SuppressWarnings("unchecked")
                List<String> docs = em.createNativeQuery("""
                        SELECT v.document FROM iam_policy p JOIN iam_policy_version v
                          ON v.policy_id = p.id AND v.version = p.default_version
                        WHERE p.account_id = ?1 AND lower(p.name) = lower(?2) AND p.path = ?3""", String.class)
                        .setParameter(1, accountId).setParameter(2, parts.name()).setParameter(3, parts.path())
                        .getResultList();
                docs.stream().findFirst().ifPresent(doc -> result.put(arn, doc));
            });
        }
        return result;
    }

    private List<PrincipalRef> groupsOf(PrincipalRef user) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT g.id, g.name FROM iam_group g JOIN iam_group_member m ON m.group_id = g.id
                WHERE m.user_id = ?1 ORDER BY lower(g.name)""").setParameter(1, user.id()).getResultList();
        return rows.stream().map(r -> new PrincipalRef(PrincipalType.GROUP, (String) r[0], (String) r[1],
                user.accountId())).toList();
    }

    private List<InlineDocument> inline(PrincipalRef source) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT name, document FROM iam_inline_policy WHERE principal_type = ?1 AND principal_id = ?2
                ORDER BY name""").setParameter(1, source.type().stored()).setParameter(2, source.id()).getResultList();
        return rows.stream().map(r -> new InlineDocument(source.type().stored() + "/" + source.name() + "/inline/" + r[0],
                source.type().inlineKind(), (String) r[1])).toList();
    }

    private List<String> attached(PrincipalRef source) {
        @SuppressWarnings("unchecked")
        List<String> arns = em.createNativeQuery("""
                SELECT policy_arn FROM iam_attached_policy WHERE principal_type = ?1 AND principal_id = ?2
                ORDER BY policy_arn""", String.class)
                .setParameter(1, source.type().stored()).setParameter(2, source.id()).getResultList();
        return arns;
    }

    /** The principal's own boundary and tags (as JSON text); a group has neither. */
    private Object[] own(PrincipalRef principal) {
        if (principal.type() == PrincipalType.GROUP) {
            return new Object[] {null, null};
        }
        String table = principal.type() == PrincipalType.USER ? "iam_user" : "iam_role";
        return (Object[]) em.createNativeQuery("SELECT permissions_boundary, CAST(tags AS text) FROM " + table
                + " WHERE id = ?1").setParameter(1, principal.id()).getSingleResult();
    }

    private Map<String, String> tags(String text) {
        try {
            return text == null ? Map.of() : json.readValue(text, TAGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored tags are not a JSON object", e);
        }
    }
}
