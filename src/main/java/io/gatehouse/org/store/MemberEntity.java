package io.gatehouse.org.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code org_account}. */
@Entity
@Table(name = "org_account")
public class MemberEntity extends PanacheEntityBase {

    @Id
    public String accountId;
    public String orgId;
    public String parentId;
    public String joinedMethod;
    public Instant joinedAt;
    public String status;
}
