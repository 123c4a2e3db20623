package io.gatehouse.account;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.crypto.PasswordHasher;
import io.gatehouse.core.Ids;
import io.gatehouse.kms.EnvelopeCipher;
import io.gatehouse.platform.ClusterCache;
import io.gatehouse.platform.ClusterEvents;
import io.gatehouse.platform.JobLock;
import io.gatehouse.platform.SingletonJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Accounts and their root credentials. On an empty database it creates the bootstrap account
 * from {@link BootstrapConfig}, printing generated credentials once. Access key secrets are
 * sealed under the master key because SigV4 verification needs the plaintext secret.
 */
@ApplicationScoped
public class AccountService implements AccessKeyLookup {

    private static final Logger LOG = Logger.getLogger(AccountService.class);
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern ACCESS_KEY_ID = Pattern.compile("[A-Z0-9]{16,128}");
    /** The {@link ClusterEvents} topic that evicts an access key (by id) from every node's cache. */
    public static final String KEY_CACHE_TOPIC = "access-key";

    private final AccountStore store;
    private final PasswordHasher hasher;
    private final EnvelopeCipher cipher;
    private final AuditLog audit;
    private final Ids ids;
    private final Clock clock;
    private final ClusterCache<AccessKeySecret> keyCache;
    private final SingletonJob singleton;

    public AccountService(AccountStore store, PasswordHasher hasher, EnvelopeCipher cipher, AuditLog audit, Ids ids,
                          Clock clock, ClusterEvents events, SingletonJob singleton) {
        this.store = store;
        this.hasher = hasher;
        this.cipher = cipher;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
        this.keyCache = new ClusterCache<>(events, KEY_CACHE_TOPIC);
        this.singleton = singleton;
    }

    /** Creates the bootstrap account unless any account exists. Returns its id either way. */
    @Transactional
    public String bootstrap(BootstrapConfig config) {
        singleton.lock(JobLock.STARTUP);
        String accountId = config.accountId();
        if (store.anyAccount()) {
            return accountId;
        }
        if (!ACCOUNT_ID.matcher(accountId).matches()) {
            throw new IllegalStateException("GATEHOUSE_BOOTSTRAP_ACCOUNT_ID must be 12 digits");
        }
        String email = config.rootEmail().orElse("root@" + accountId + ".gatehouse.local");
        String password = config.rootPassword().orElseGet(() -> generated("root password", ids.token(18)));
        String keyId = config.accessKeyId().orElseGet(() -> generated("root access key id", "AKIA" + ids.upperAlnum(16)));
        String secret = config.secretAccessKey().orElseGet(() -> generated("root secret access key", ids.token(30)));
        if (!ACCESS_KEY_ID.matcher(keyId).matches()) {
            throw new IllegalStateException("GATEHOUSE_BOOTSTRAP_ACCESS_KEY_ID must be 16 to 128 upper-case letters and digits");
        }
        Account account = new Account(accountId, "bootstrap", email, clock.instant());
        store.insert(account, hasher.hash(password));
        store.insertAccessKey(keyId, accountId, account.rootArn(), cipher.seal(secret, keyContext(keyId)));
        audit.record(AuditEntry.success("account.bootstrap").withAccount(accountId).withActor("system").withTarget(accountId));
        LOG.infof("Created bootstrap account %s (root user %s, access key %s)", accountId, email, keyId);
        return accountId;
    }

    /**
     * Creates an account whose root user has the given e-mail and a random password nobody knows
     * (it signs in only after a password reset, as an AWS account created by Organizations) and no
     * access key. The id is 12 random digits not starting with 0, unused so far. Joins the caller's
     * transaction, so the account exists only if the caller's change commits.
     */
    @Transactional
    public Account create(String name, String rootEmail, String actor) {
        String id;
        do {
            id = (1 + ids.below(9)) + ids.digits(11);
        } while (store.find(id).isPresent());
        Account account = new Account(id, name, rootEmail, clock.instant());
        store.insert(account, hasher.hash(ids.token(32)));
        audit.record(AuditEntry.success("account.create").withAccount(id).withActor(actor).withTarget(id));
        return account;
    }

    /** True when a root user already signs in with this e-mail (compared case-insensitively). */
    public boolean rootEmailInUse(String rootEmail) {
        return store.rootEmailInUse(rootEmail);
    }

    public Optional<Account> account(String accountId) {
        return store.find(accountId);
    }

    @Override
    public Optional<AccessKeySecret> find(String accessKeyId) {
        return keyCache.get(accessKeyId, id -> store.findAccessKey(id).filter(AccountStore.StoredAccessKey::active)
                .map(k -> new AccessKeySecret(k.accessKeyId(), k.accountId(), k.principalArn(),
                        cipher.openString(k.sealedSecret(), keyContext(k.accessKeyId())))));
    }

    /** The envelope context every access key secret is sealed with, binding the sealed blob to its key id. */
    public static String keyContext(String accessKeyId) {
        return "access-key:" + accessKeyId;
    }

    /** Generated credentials are printed once, on first start only, as the brief requires. */
    private static String generated(String what, String value) {
        LOG.warnf("Generated bootstrap %s: %s (shown once; set it through the environment to choose it)", what, value);
        return value;
    }
}
