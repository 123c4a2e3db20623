package io.gatehouse.account.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "account")
public class AccountEntity extends PanacheEntityBase {

    @Id
    public String id;
    public String name;
    public String rootEmail;
    public String rootPassword;
    public Instant createdAt;
}
