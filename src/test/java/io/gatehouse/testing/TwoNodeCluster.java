package io.gatehouse.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Two packaged Gatehouse nodes ({@link ServiceProcess}) sharing one embedded PostgreSQL and one
 * master key, with the demo realm: the smallest cluster, as an operator would run it. Node B starts
 * on the database node A has already migrated.
 */
public final class TwoNodeCluster implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final ServiceProcess nodeA;
    private final ServiceProcess nodeB;

    private TwoNodeCluster(EmbeddedPostgres postgres, ServiceProcess nodeA, ServiceProcess nodeB) {
        this.postgres = postgres;
        this.nodeA = nodeA;
        this.nodeB = nodeB;
    }

    /** Starts the database, then node A, then node B; {@code name} prefixes temp dirs and the nodes' logs in target/. */
    public static TwoNodeCluster start(String name) {
        EmbeddedPostgres postgres = startPostgres(name);
        Map<String, String> env = environment(postgres);
        ServiceProcess nodeA = ServiceProcess.start(name + "-node-a", withDataDir(env, name + "-a"));
        ServiceProcess nodeB = ServiceProcess.start(name + "-node-b", withDataDir(env, name + "-b"));
        return new TwoNodeCluster(postgres, nodeA, nodeB);
    }

    public ServiceProcess nodeA() {
        return nodeA;
    }

    public ServiceProcess nodeB() {
        return nodeB;
    }

    /** Node A for even {@code i}, node B for odd: the load balancer of these tests. */
    public ServiceProcess node(int i) {
        return i % 2 == 0 ? nodeA : nodeB;
    }

    /** The shared database, for assertions on what the nodes committed. */
    public DataSource database() {
        return postgres.getPostgresDatabase();
    }

    @Override
    public void close() throws IOException {
        try {
            nodeB.close();
        } finally {
            try {
                nodeA.close();
            } finally {
                postgres.close();
            }
        }
    }

    private static EmbeddedPostgres startPostgres(String name) {
        try {
            return EmbeddedPostgres.builder().setDataDirectory(ServiceProcess.tempDir(name).resolve("pg"))
                    .setPort(0).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> environment(EmbeddedPostgres postgres) {
        byte[] masterKey = new byte[32];
        new SecureRandom().nextBytes(masterKey);
        return Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.getJdbcUrl("postgres", "postgres"),
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "GATEHOUSE_MASTER_KEY", Base64.getEncoder().encodeToString(masterKey),
                "GATEHOUSE_PUBLIC_URL", "http://gatehouse.test",
                "GATEHOUSE_BOOTSTRAP_ACCESS_KEY_ID", SignedRequests.ACCESS_KEY_ID,
                "GATEHOUSE_BOOTSTRAP_SECRET_ACCESS_KEY", SignedRequests.SECRET_ACCESS_KEY,
                "GATEHOUSE_PASSWORD_MEMORY_KIB", "1024",
                "GATEHOUSE_PASSWORD_ITERATIONS", "1",
                // tests poll with revoked client secrets and race replayed codes: keep client back-off out of the way
                "GATEHOUSE_SIGNIN_CLIENT_FREE_ATTEMPTS", "1000");
    }

    private static Map<String, String> withDataDir(Map<String, String> env, String prefix) {
        Map<String, String> copy = new HashMap<>(env);
        copy.put("GATEHOUSE_DATA_DIR", ServiceProcess.tempDir(prefix).toString());
        return copy;
    }
}
