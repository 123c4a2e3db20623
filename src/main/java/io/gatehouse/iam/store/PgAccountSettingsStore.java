package io.gatehouse.iam.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatehouse.iam.AccountPasswordPolicy;
import io.gatehouse.iam.AccountSettingsStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** The {@code alias} and {@code password_policy} (jsonb) columns of the account row, which the account package does not map. */
@ApplicationScoped
class PgAccountSettingsStore implements AccountSettingsStore {

    private final EntityManager em;
    private final ObjectMapper json;

    PgAccountSettingsStore(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    @Override
    public Optional<AccountPasswordPolicy> passwordPolicy(String accountId) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("SELECT CAST(password_policy AS text) FROM account WHERE id = ?1 "
                + "AND password_policy IS NOT NULL", String.class).setParameter(1, accountId).getResultList();
        return rows.stream().findFirst().map(this::parse);
    }

    @Override
    public void setPasswordPolicy(String accountId, AccountPasswordPolicy policy) {
        em.createNativeQuery("UPDATE account SET password_policy = CAST(?1 AS jsonb) WHERE id = ?2")
                .setParameter(1, write(policy)).setParameter(2, accountId).executeUpdate();
    }

    @Override
    public boolean deletePasswordPolicy(String accountId) {
        return em.createNativeQuery("UPDATE account SET password_policy = NULL WHERE id = ?1 AND password_policy IS NOT NULL")
                .setParameter(1, accountId).executeUpdate() > 0;
    }

    @Override
    public Optional<String> alias(String accountId) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("SELECT alias FROM account WHERE id = ?1 AND alias IS NOT NULL",
                String.class).setParameter(1, accountId).getResultList();
        return rows.stream().findFirst();
    }

    @Override
    public Optional<String> accountWithAlias(String alias) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("SELECT id FROM account WHERE alias = ?1", String.class)
                .setParameter(1, alias).getResultList();
        return rows.stream().findFirst();
    }

    @Override
    public void setAlias(String accountId, String alias) {
        em.createNativeQuery("UPDATE account SET alias = ?1 WHERE id = ?2")
                .setParameter(1, alias).setParameter(2, accountId).executeUpdate();
    }

    private AccountPasswordPolicy parse(String text) {
        try {
            return json.readValue(text, AccountPasswordPolicy.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored password policy is not valid JSON", e);
        }
    }

    private String write(AccountPasswordPolicy policy) {
        try {
            return json.writeValueAsString(policy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Password policy cannot be written as JSON", e);
        }
    }
}
