package io.gatehouse.org.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code org_create_account_status}. */
@Entity
@Table(name = "org_create_account_status")
public class CreateAccountStatusEntity extends PanacheEntityBase {

    @Id
    public String id;
    public String orgId;
    public String accountName;
    public String accountId;
    public String state;
    public String failureReason;
    public Instant requestedAt;
    public Instant completedAt;
}
