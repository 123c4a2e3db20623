package io.gatehouse.userpool.store;

import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.AppClientStore;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class PgAppClientStore implements AppClientStore {

    @Override
    public void insert(AppClient client) {
        AppClientEntity e = new AppClientEntity();
        e.clientId = client.clientId();
        copy(client, e);
        e.persist();
    }

    @Override
    public void update(AppClient client) {
        copy(client, AppClientEntity.findById(client.clientId()));
    }

    @Override
    public Optional<AppClient> find(String clientId) {
        return AppClientEntity.<AppClientEntity>findByIdOptional(clientId).map(PgAppClientStore::toRecord);
    }

    @Override
    public List<AppClient> list(String poolId, String afterId, int limit) {
        return AppClientEntity.<AppClientEntity>find("poolId = ?1 and clientId > ?2", Sort.by("clientId"), poolId,
                        afterId == null ? "" : afterId)
                .page(0, limit).list().stream().map(PgAppClientStore::toRecord).toList();
    }

    @Override
    public boolean delete(String clientId) {
        return AppClientEntity.deleteById(clientId);
    }

    private static void copy(AppClient c, AppClientEntity e) {
        e.poolId = c.poolId();
        e.name = c.name();
        e.secretHash = c.secretHash();
        e.grantTypes = c.grantTypes().stream().sorted().toList();
        e.scopes = c.scopes();
        e.callbackUrls = c.callbackUrls();
        e.logoutUrls = c.logoutUrls();
        e.accessTokenSeconds = (int) c.accessTokenValidity().toSeconds();
        e.idTokenSeconds = (int) c.idTokenValidity().toSeconds();
        e.refreshTokenSeconds = (int) c.refreshTokenValidity().toSeconds();
        e.jwks = c.jwks();
        e.settings = c.settings();
        e.createdAt = c.createdAt();
        e.updatedAt = c.updatedAt();
    }

    private static AppClient toRecord(AppClientEntity e) {
        return new AppClient(e.clientId, e.poolId, e.name, e.secretHash, new HashSet<>(e.grantTypes), e.scopes,
                e.callbackUrls, e.logoutUrls, Duration.ofSeconds(e.accessTokenSeconds),
                Duration.ofSeconds(e.idTokenSeconds), Duration.ofSeconds(e.refreshTokenSeconds), e.jwks, e.settings,
                e.createdAt, e.updatedAt);
    }
}
