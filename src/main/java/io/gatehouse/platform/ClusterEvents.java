package io.gatehouse.platform;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells every node (this one included) that something changed, through PostgreSQL
 * {@code LISTEN/NOTIFY}. A change is published inside the transaction that makes it, so nodes
 * hear of it only once it is committed. A lost listener connection drops every cache; the
 * connection is probed every {@link #PROBE_INTERVAL_MS} ms, so a silently dead one is noticed
 * within seconds rather than at the next TCP timeout.
 *
 * @see <a href="https://www.postgresql.org/docs/17/sql-notify.html">NOTIFY</a>
 */
@ApplicationScoped
public class ClusterEvents {

    private static final Logger LOG = Logger.getLogger(ClusterEvents.class);
    private static final String CHANNEL = "gatehouse";
    /** Topic delivered to every listener when notifications may have been missed. */
    public static final String ALL = "*";
    /** The {@code application_name} of the listener connection. */
    public static final String APPLICATION_NAME = "gatehouse-cluster-events";
    private static final long PROBE_INTERVAL_MS = 2_000;
    private static final int PROBE_TIMEOUT_SECONDS = 2;
    /**
     * How long the database may stay unheard before {@link #databaseReachable()} says no: one probe
     * interval, one probe timeout, the half-second notification wait and a second of slack.
     */
    static final Duration MAX_SILENCE = Duration.ofMillis(PROBE_INTERVAL_MS + PROBE_TIMEOUT_SECONDS * 1_000L + 1_500);
    /** The transaction resource holding the payloads a transaction has published so far. */
    private static final Object PUBLISHED = new Object();

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final String url;
    private final String username;
    private final String password;
    private final Clock clock;
    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile boolean listening;
    /** When the listener connection last got an answer from the database; null before the first. */
    private volatile Instant heardAt;
    private Thread thread;

    public ClusterEvents(EntityManager em, TransactionSynchronizationRegistry transactions,
                         @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                         @ConfigProperty(name = "quarkus.datasource.username", defaultValue = "postgres") String username,
                         @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
                         Clock clock) {
        this.em = em;
        this.transactions = transactions;
        this.url = url;
        this.username = username;
        this.password = password.orElse("");
        this.clock = clock;
    }

    /**
     * Publishes {@code topic:key} on commit of the current transaction. This node's listeners are
     * also told directly after the commit, so a node reads its own writes without waiting for the
     * NOTIFY round trip.
     */
    public void publish(String topic, String key) {
        String payload = topic + ":" + key;
        em.createNativeQuery("SELECT pg_notify(?1, ?2)")
                .setParameter(1, CHANNEL).setParameter(2, payload)
                .getSingleResult();
        payloadsOfTransaction().add(payload);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    dispatch(payload);
                }
            }
        });
    }

    /**
     * True when the current transaction has published {@code topic:key} or {@code topic:*}: its
     * uncommitted change is not in any cache yet, and its own reads of that key must go to the
     * database (and must not be cached, since the change may still roll back). False outside a
     * transaction.
     */
    public boolean publishedInTransaction(String topic, String key) {
        if (transactions.getTransactionKey() == null) {
            return false;
        }
        @SuppressWarnings("unchecked")
        Set<String> published = (Set<String>) transactions.getResource(PUBLISHED);
        return published != null && (published.contains(topic + ":" + key) || published.contains(topic + ":" + ALL));
    }

    private Set<String> payloadsOfTransaction() {
        @SuppressWarnings("unchecked")
        Set<String> published = (Set<String>) transactions.getResource(PUBLISHED);
        if (published == null) {
            published = new HashSet<>();
            transactions.putResource(PUBLISHED, published);
        }
        return published;
    }

    /** Registers a listener for a topic; it receives the key, or {@link #ALL} after a reconnect. */
    public void subscribe(String topic, Consumer<String> listener) {
        listeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /**
     * True while this node hears every notification: its listener is connected, and the
     * listeners were told {@link #ALL} after it connected. A cache that must never serve a
     * stale security decision reads the database instead whenever this is false.
     */
    public boolean listening() {
        return listening;
    }

    /**
     * True while the listener is connected and the database answered it within
     * {@link #MAX_SILENCE}: the listener probes its connection every {@link #PROBE_INTERVAL_MS} ms,
     * so this is a database check at most that old, answered from memory without a round trip.
     */
    public boolean databaseReachable() {
        Instant heard = heardAt;
        return listening && heard != null && !clock.instant().isAfter(heard.plus(MAX_SILENCE));
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::listenLoop, "cluster-events");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        listening = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listenLoop() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, connectionProperties())) {
                try (Statement st = connection.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                dispatchAll();
                heardAt = clock.instant();
                listening = true;
                PGConnection pg = connection.unwrap(PGConnection.class);
                long probeAt = System.nanoTime();
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(500);
                    if (notifications != null && notifications.length > 0) {
                        heardAt = clock.instant();
                        for (PGNotification n : notifications) {
                            dispatch(n.getParameter());
                        }
                    }
                    if (System.nanoTime() - probeAt > PROBE_INTERVAL_MS * 1_000_000) {
                        probe(connection);
                        heardAt = clock.instant();
                        probeAt = System.nanoTime();
                    }
                }
            } catch (SQLException e) {
                listening = false;
                if (running) {
                    LOG.warnf("Cluster event listener lost its connection (%s); reconnecting", e.getMessage());
                    pause();
                }
            }
        }
    }

    /** Named, so an operator (or a test) can tell the listener's backend in {@code pg_stat_activity}. */
    private Properties connectionProperties() {
        Properties properties = new Properties();
        properties.setProperty("user", username);
        properties.setProperty("password", password);
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        return properties;
    }

    private static void probe(Connection connection) throws SQLException {
        if (!connection.isValid(PROBE_TIMEOUT_SECONDS)) {
            throw new SQLException("no answer within " + PROBE_TIMEOUT_SECONDS + " s");
        }
    }

    private void dispatch(String payload) {
        int sep = payload.indexOf(':');
        if (sep < 0) {
            return;
        }
        String key = payload.substring(sep + 1);
        listeners.getOrDefault(payload.substring(0, sep), List.of()).forEach(l -> l.accept(key));
    }

    private void dispatchAll() {
        listeners.values().forEach(ls -> ls.forEach(l -> l.accept(ALL)));
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
