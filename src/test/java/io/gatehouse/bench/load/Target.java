package io.gatehouse.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The server under load and how to reach it, from a properties file
 * ({@code src/bench/targets/*.properties}): its kind ({@code gatehouse} or {@code keycloak}), the
 * OIDC issuer, clients, and the benchmark users {@code <prefix><n, zero-padded>} with one password.
 * OIDC endpoints come from the issuer's discovery document, read once, on the origin of {@code base-url}.
 */
public final class Target {

    public static final ObjectMapper JSON = new ObjectMapper();

    public record User(String name, String password) {
    }

    private final Properties properties;
    private volatile JsonNode discovery;

    public Target(Properties properties) {
        this.properties = properties;
    }

    public static Target load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("target."))
                .forEach(name -> properties.setProperty(name.substring("target.".length()), System.getProperty(name)));
        return new Target(properties);
    }

    /** {@code gatehouse} or {@code keycloak}. */
    public String kind() {
        return get("kind");
    }

    /** Base URL of the server, e.g. {@code http://127.0.0.1:8080}. */
    public String baseUrl() {
        return get("base-url");
    }

    public String issuer() {
        return get("issuer");
    }

    public String get(String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("target property '" + key + "' is not set");
        }
        return value;
    }

    public String get(String key, String fallback) {
        return properties.getProperty(key, fallback);
    }

    public int getInt(String key) {
        return Integer.parseInt(get(key));
    }

    public int userCount() {
        return getInt("users.count");
    }

    public User user(int index) {
        int digits = getInt("users.digits");
        return new User(get("users.prefix") + String.format("%0" + digits + "d", index), get("users.password"));
    }

    public User randomUser() {
        return user(ThreadLocalRandom.current().nextInt(userCount()));
    }

    /** A field of the issuer's discovery document, e.g. {@code token_endpoint}. */
    public String endpoint(String field) throws IOException {
        JsonNode document = discovery;
        if (document == null) {
            try (Http http = new Http()) {
                String url = issuer() + "/.well-known/openid-configuration";
                var response = http.get(url);
                if (response.statusCode() != 200) {
                    throw new IOException("discovery " + url + ": HTTP " + response.statusCode());
                }
                document = JSON.readTree(response.body());
                discovery = document;
            }
        }
        JsonNode value = document.get(field);
        if (value == null || !value.isTextual()) {
            throw new IOException("discovery document has no " + field);
        }
        return onBaseUrl(URI.create(value.asText()));
    }

    /**
     * The discovered URL with the origin of {@code base-url}: a server names itself by its public URL,
     * which need not be where the generator reaches it (a test server on a random port).
     */
    private String onBaseUrl(URI discovered) {
        String query = discovered.getRawQuery();
        return URI.create(baseUrl()).resolve(discovered.getRawPath() + (query == null ? "" : "?" + query)).toString();
    }
}
