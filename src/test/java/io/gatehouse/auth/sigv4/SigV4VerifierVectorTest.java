package io.gatehouse.auth.sigv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the known-answer vectors of {@code vectors/sigv4.json} (signed by
 * {@code @smithy/signature-v4} at a fixed date) with the clock fixed at each vector's signing date.
 */
class SigV4VerifierVectorTest {

    private static final String VECTORS = "/vectors/sigv4.json";

    private final SigV4Verifier verifier = new SigV4Verifier(Duration.ofMinutes(5));

    static Stream<Arguments> vectors() throws IOException {
        try (InputStream in = SigV4VerifierVectorTest.class.getResourceAsStream(VECTORS)) {
            assertNotNull(in, VECTORS + " must be on the test classpath");
            List<Arguments> cases = new ArrayList<>();
            new ObjectMapper().readTree(in).get("vectors")
                    .forEach(v -> cases.add(Arguments.of(v.get("id").asText(), v)));
            assertEquals(5, cases.size(), "vector count");
            return cases.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void verifyWhenVectorReplayedAtSigningDateThenSignatureVerifies(String id, JsonNode vector) {
        JsonNode credentials = vector.get("credentials");
        Instant signingDate = Instant.parse(vector.get("signingDate").asText());

        VerifiedSignature verified = verifier.verify(request(vector), secretOf(credentials), signingDate);

        assertEquals(credentials.get("accessKeyId").asText(), verified.accessKeyId());
        assertEquals(vector.get("region").asText(), verified.region());
        assertEquals(vector.get("service").asText(), verified.service());
        assertEquals(signingDate, verified.signedAt());
        JsonNode token = credentials.get("sessionToken");
        assertEquals(token == null ? null : token.asText(), verified.sessionToken());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void verifyWhenVectorReplayedWithOtherSecretThenSignatureMismatch(String id, JsonNode vector) {
        Instant signingDate = Instant.parse(vector.get("signingDate").asText());
        SecretLookup wrong = key -> Optional.of("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEZ");

        SigV4Exception e = assertThrows(SigV4Exception.class,
                () -> verifier.verify(request(vector), wrong, signingDate));

        assertEquals(SigV4Failure.SIGNATURE_MISMATCH, e.failure());
    }

    private static SecretLookup secretOf(JsonNode credentials) {
        String keyId = credentials.get("accessKeyId").asText();
        String secret = credentials.get("secretAccessKey").asText();
        return key -> key.equals(keyId) ? Optional.of(secret) : Optional.empty();
    }

    static SignedRequest request(JsonNode vector) {
        JsonNode request = vector.get("request");
        Map<String, List<String>> query = new LinkedHashMap<>();
        request.get("query").properties().forEach(field -> query.put(field.getKey(), values(field.getValue())));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        vector.get("signedHeaders").properties()
                .forEach(field -> headers.put(field.getKey(), List.of(field.getValue().asText())));
        return new SignedRequest(request.get("method").asText(), request.get("path").asText(), query, headers,
                request.get("body").asText().getBytes(StandardCharsets.UTF_8));
    }

    /** "Query values are shown decoded; arrays are repeated keys." */
    private static List<String> values(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(v -> values.add(v.asText()));
        } else {
            values.add(node.asText());
        }
        return values;
    }
}
