package io.gatehouse.iam;

import io.gatehouse.account.AccessKeyUsage;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records when each access key last signed a request. The request only leaves a note in memory;
 * a flush every second writes the notes in its own transaction, so recording can neither slow
 * nor fail a request. Each node writes a key at most once a minute: last-used times are reported
 * to the minute-ish precision IAM itself gives ("rounded to the nearest hour" in the credential report).
 */
@ApplicationScoped
public class AccessKeyUsageRecorder implements AccessKeyUsage {

    static final Duration WRITE_INTERVAL = Duration.ofMinutes(1);

    private final AccessKeyStore keys;
    private final Clock clock;
    private final Map<String, Instant> written = new ConcurrentHashMap<>();
    private final Map<String, Use> pending = new ConcurrentHashMap<>();

    public AccessKeyUsageRecorder(AccessKeyStore keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public void used(String accessKeyId, String service, String region) {
        Instant now = clock.instant();
        Instant last = written.get(accessKeyId);
        if (last != null && last.plus(WRITE_INTERVAL).isAfter(now)) {
            return;
        }
        written.put(accessKeyId, now);
        pending.put(accessKeyId, new Use(now, service, region));
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void flush() {
        for (String keyId : pending.keySet()) {
            Use use = pending.remove(keyId);
            if (use != null) {
                keys.recordUse(keyId, use.at(), use.service(), use.region());
            }
        }
        Instant forgetBefore = clock.instant().minus(WRITE_INTERVAL);
        written.values().removeIf(at -> at.isBefore(forgetBefore));
    }

    private record Use(Instant at, String service, String region) {
    }
}
