package io.gatehouse.mail.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "mail_outbox")
public class OutboxMessageEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public String accountId;
    public String poolId;
    public String recipient;
    public String subject;
    public String textBody;
    public String htmlBody;
    public String purpose;
    public Instant createdAt;
}
