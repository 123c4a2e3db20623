package io.gatehouse.userpool.store;

import io.gatehouse.userpool.ResourceServer;
import io.gatehouse.userpool.ResourceServerStore;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class PgResourceServerStore implements ResourceServerStore {

    @Override
    public void insert(ResourceServer server) {
        ResourceServerEntity e = new ResourceServerEntity();
        e.poolId = server.poolId();
        e.identifier = server.identifier();
        copy(server, e);
        e.persist();
    }

    @Override
    public void update(ResourceServer server) {
        ResourceServerEntity e = ResourceServerEntity.findById(new ResourceServerEntity.Key(server.poolId(), server.identifier()));
        copy(server, e);
    }

    @Override
    public Optional<ResourceServer> find(String poolId, String identifier) {
        return ResourceServerEntity.<ResourceServerEntity>findByIdOptional(new ResourceServerEntity.Key(poolId, identifier))
                .map(PgResourceServerStore::toRecord);
    }

    @Override
    public List<ResourceServer> list(String poolId) {
        return ResourceServerEntity.<ResourceServerEntity>find("poolId", Sort.by("identifier"), poolId)
                .list().stream().map(PgResourceServerStore::toRecord).toList();
    }

    @Override
    public boolean delete(String poolId, String identifier) {
        return ResourceServerEntity.deleteById(new ResourceServerEntity.Key(poolId, identifier));
    }

    private static void copy(ResourceServer s, ResourceServerEntity e) {
        e.name = s.name();
        e.scopes = s.scopes();
    }

    private static ResourceServer toRecord(ResourceServerEntity e) {
        return new ResourceServer(e.poolId, e.identifier, e.name, e.scopes);
    }
}
