package io.gatehouse.iam.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatehouse.iam.MfaDevice;
import io.gatehouse.iam.MfaDeviceStore;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

@ApplicationScoped
class PgMfaDeviceStore implements MfaDeviceStore {

    private static final String ASSIGNED = "(userId is not null or rootAccountId is not null)";

    private final EntityManager em;
    private final ObjectMapper mapper;

    PgMfaDeviceStore(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /** A native insert, so a concurrent insert of the same serial number is reported here instead of failing the commit. */
    @Override
    public boolean insert(MfaDevice device, byte[] sealedSeed) {
        return em.createNativeQuery("""
                INSERT INTO iam_mfa_device(serial_number, account_id, seed_sealed, tags, created_at)
                VALUES (?1, ?2, ?3, CAST(?4 AS jsonb), ?5) ON CONFLICT DO NOTHING""")
                .setParameter(1, device.serialNumber()).setParameter(2, device.accountId()).setParameter(3, sealedSeed)
                .setParameter(4, TagsJson.write(mapper, device.tags())).setParameter(5, device.createdAt())
                .executeUpdate() > 0;
    }

    @Override
    public Optional<MfaDevice> find(String serialNumber) {
        return IamMfaDeviceEntity.<IamMfaDeviceEntity>findByIdOptional(serialNumber).map(PgMfaDeviceStore::toRecord);
    }

    @Override
    public byte[] sealedSeed(String serialNumber) {
        return IamMfaDeviceEntity.<IamMfaDeviceEntity>findById(serialNumber).seedSealed;
    }

    @Override
    public List<MfaDevice> forUser(String userId) {
        return IamMfaDeviceEntity.<IamMfaDeviceEntity>find("userId", Sort.by("enabledAt"), userId).list().stream()
                .map(PgMfaDeviceStore::toRecord).toList();
    }

    @Override
    public List<MfaDevice> forRoot(String accountId) {
        return IamMfaDeviceEntity.<IamMfaDeviceEntity>find("rootAccountId", Sort.by("enabledAt"), accountId).list()
                .stream().map(PgMfaDeviceStore::toRecord).toList();
    }

    @Override
    public List<MfaDevice> list(String accountId, Boolean assigned, String afterSerial, int limit) {
        String filter = assigned == null ? "" : assigned ? " and " + ASSIGNED : " and not " + ASSIGNED;
        return IamMfaDeviceEntity.<IamMfaDeviceEntity>find("accountId = ?1 and serialNumber > ?2" + filter,
                        Sort.by("serialNumber"), accountId, afterSerial == null ? "" : afterSerial)
                .page(0, limit).list().stream().map(PgMfaDeviceStore::toRecord).toList();
    }

    @Override
    public long count(String accountId, boolean assignedOnly) {
        return IamMfaDeviceEntity.count("accountId = ?1" + (assignedOnly ? " and " + ASSIGNED : ""), accountId);
    }

    @Override
    public void assign(String serialNumber, String userId, String rootAccountId, Instant enabledAt, long lastUsedStep) {
        IamMfaDeviceEntity e = IamMfaDeviceEntity.findById(serialNumber);
        e.userId = userId;
        e.rootAccountId = rootAccountId;
        e.enabledAt = enabledAt;
        e.lastUsedStep = lastUsedStep;
    }

    @Override
    public void unassign(String serialNumber) {
        IamMfaDeviceEntity e = IamMfaDeviceEntity.findById(serialNumber);
        e.userId = null;
        e.rootAccountId = null;
        e.enabledAt = null;
    }

    @Override
    public void delete(String serialNumber) {
        IamMfaDeviceEntity.deleteById(serialNumber);
    }

    @Override
    public boolean advanceStep(String serialNumber, long step) {
        return IamMfaDeviceEntity.update(
                "lastUsedStep = ?1 where serialNumber = ?2 and (lastUsedStep is null or lastUsedStep < ?1)",
                step, serialNumber) > 0;
    }

    private static MfaDevice toRecord(IamMfaDeviceEntity e) {
        Map<String, String> tags = e.tags == null ? Map.of() : new TreeMap<>(e.tags);
        return new MfaDevice(e.serialNumber, e.accountId, e.userId, e.rootAccountId, e.enabledAt, e.lastUsedStep, tags,
                e.createdAt);
    }
}
