package io.gatehouse.iam;

import io.gatehouse.account.AccountService;
import io.gatehouse.platform.ClusterEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;

/**
 * Evicts access keys from every node's SigV4 key cache when the current transaction commits, so
 * a deactivated, deleted or re-attributed key stops authenticating everywhere at once.
 */
@ApplicationScoped
public class AccessKeyCache {

    private final ClusterEvents events;

    public AccessKeyCache(ClusterEvents events) {
        this.events = Objects.requireNonNull(events, "events");
    }

    public void evict(String accessKeyId) {
        events.publish(AccountService.KEY_CACHE_TOPIC, accessKeyId);
    }
}
