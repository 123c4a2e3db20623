package io.gatehouse.kms;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.Ids;
import io.gatehouse.platform.ClusterCache;
import io.gatehouse.platform.ClusterEvents;
import io.gatehouse.userpool.PoolChangeListener;
import io.gatehouse.userpool.UserPool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each pool's RS256 signing keys: created with the pool, rotated on schedule or on demand.
 * A new key is published in JWKS {@link SigningConfig#publishLead()} before it signs; a
 * retired key stays published for {@link SigningConfig#retainAfterRetirement()}. Published
 * keys are cached per pool and invalidated across nodes; signers are cached per key id.
 */
@ApplicationScoped
public class SigningKeyService implements PoolChangeListener {

    static final String KEYS_TOPIC = "keys";
    private static final String RS256 = "RS256";

    private final SigningKeyStore store;
    private final EnvelopeCipher cipher;
    private final SigningConfig config;
    private final ClusterEvents events;
    private final AuditLog audit;
    private final Ids ids;
    private final Clock clock;
    private final ClusterCache<List<SigningKey>> published;
    private final SigningProvider signingProvider;
    private final Map<String, Rs256Signer> signers = new ConcurrentHashMap<>();
    private final Map<String, RSAKey> publicKeys = new ConcurrentHashMap<>();

    public SigningKeyService(SigningKeyStore store, EnvelopeCipher cipher, SigningConfig config, ClusterEvents events,
                             AuditLog audit, Ids ids, Clock clock, SigningProvider signingProvider) {
        this.signingProvider = signingProvider;
        this.store = store;
        this.cipher = cipher;
        this.config = config;
        this.events = events;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
        this.published = new ClusterCache<>(events, KEYS_TOPIC);
    }

    /** The first key of a new pool signs at once: no relying party can hold an older key set. */
    @Override
    public void poolCreated(UserPool pool) {
        createKey(pool.id(), clock.instant());
    }

    /**
     * Makes sure a key owner that is not a user pool (the identity-pool token issuer) has a key that
     * signs now, creating its first one at once; the rotation job then rotates it like any pool's.
     * Reads the store, not the published-key cache, so no empty key set is cached before the key commits.
     */
    @Transactional
    public void ensureSigningKey(String ownerId) {
        Instant now = clock.instant();
        if (store.published(ownerId, now).stream().noneMatch(k -> k.canSignAt(now))) {
            createKey(ownerId, now);
        }
    }

    /** Starts a rotation: the new key signs after the publish lead; the current one is retired then. */
    @Transactional
    public SigningKey rotate(String poolId, String actor) {
        Instant signsFrom = clock.instant().plus(config.publishLead());
        store.retireOlder(poolId, signsFrom, signsFrom.plus(config.retainAfterRetirement()));
        SigningKey key = createKey(poolId, signsFrom);
        audit.record(AuditEntry.success("signingkey.rotate").withPool(poolId).withActor(actor).withTarget(key.kid()));
        return key;
    }

    /** Keys currently published for the pool (pending, signing and retired-but-retained). */
    public List<SigningKey> publishedKeys(String poolId) {
        Instant now = clock.instant();
        return publishedAt(keysOf(poolId, now), now);
    }

    public JWKSet jwks(String poolId) {
        return jwkSet(publishedKeys(poolId));
    }

    /** The pool's JWK set if this node holds its keys in its cache, without touching the database. */
    public Optional<JWKSet> cachedJwks(String poolId) {
        return published.peek(poolId).map(keys -> jwkSet(publishedAt(keys, clock.instant())));
    }

    /** The public key the pool publishes under {@code kid} now, if it publishes one. */
    public Optional<RSAKey> publishedKey(String poolId, String kid) {
        Instant now = clock.instant();
        for (SigningKey key : keysOf(poolId, now)) {
            if (key.kid().equals(kid) && key.publishedAt(now)) {
                return Optional.of(publicKey(key));
            }
        }
        return Optional.empty();
    }

    /** The pool's keys published at {@code now} when the node's cache was filled; filter by the current time. */
    private List<SigningKey> keysOf(String poolId, Instant now) {
        return published.get(poolId, id -> Optional.of(store.published(id, now))).orElse(List.of());
    }

    private static List<SigningKey> publishedAt(List<SigningKey> keys, Instant now) {
        return keys.stream().filter(k -> k.publishedAt(now)).toList();
    }

    private JWKSet jwkSet(List<SigningKey> keys) {
        return new JWKSet(keys.stream().<JWK>map(this::publicKey).toList());
    }

    private RSAKey publicKey(SigningKey key) {
        return publicKeys.computeIfAbsent(key.kid(), kid -> parse(key.publicJwk()));
    }

    /** The key that signs now: the newest published key whose signing period has begun. */
    public ActiveSigner signer(String poolId) {
        Instant now = clock.instant();
        SigningKey key = publishedKeys(poolId).stream().filter(k -> k.canSignAt(now))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("No signing key for pool " + poolId));
        return new ActiveSigner(key.kid(), JWSAlgorithm.parse(key.algorithm()), signers.computeIfAbsent(key.kid(), this::loadSigner));
    }

    private SigningKey createKey(String poolId, Instant signsFrom) {
        KeyPair pair = generate();
        String kid = ids.token(16);
        RSAKey jwk = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
        SigningKey key = new SigningKey(kid, poolId, RS256, jwk.toJSONString(), clock.instant(), signsFrom, null, null);
        store.insert(key, cipher.seal(pair.getPrivate().getEncoded(), context(kid)));
        events.publish(KEYS_TOPIC, poolId);
        return key;
    }

    private KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(config.rsaKeySize());
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is unavailable", e);
        }
    }

    private Rs256Signer loadSigner(String kid) {
        byte[] pkcs8 = cipher.open(store.sealedPrivateKey(kid), context(kid));
        try {
            return signingProvider.rs256(pkcs8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Stored signing key " + kid + " is unreadable", e);
        }
    }

    private static RSAKey parse(String json) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("Stored public JWK is unreadable", e);
        }
    }

    private static String context(String kid) {
        return "signing-key:" + kid;
    }

    /** A ready-to-use signer and the key id to put in the JWS header. */
    public record ActiveSigner(String kid, JWSAlgorithm algorithm, Rs256Signer signer) {
    }
}
