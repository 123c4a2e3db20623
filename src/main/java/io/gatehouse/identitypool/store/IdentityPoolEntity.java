package io.gatehouse.identitypool.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code identity_pool}; providers, roles, principal tags and tags are JSON text. */
@Entity
@Table(name = "identity_pool")
public class IdentityPoolEntity extends PanacheEntityBase {

    @Id
    public String id;
    public String accountId;
    public String name;
    public boolean allowUnauthenticated;
    public boolean allowClassicFlow;
    public String developerProviderName;
    public String providers;
    public String roles;
    public String principalTags;
    public String tags;
    public Instant createdAt;
}
