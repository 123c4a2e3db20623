package io.gatehouse.testing;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One known-answer vector of {@code vectors/cognito-srp.json}, computed with the client code of
 * amazon-cognito-identity-js 6.3.21. Hex values are unpadded; the JSON field names are the
 * Cognito parameter names. Reading fails on a field this record does not know, so a new field in
 * the file cannot go unchecked.
 */
public record SrpVector(
        String id,
        String userPoolId,
        String poolName,
        @JsonProperty("USER_ID_FOR_SRP") String userIdForSrp,
        String password,
        @JsonProperty("TIMESTAMP") String timestamp,
        @JsonProperty("SALT") String salt,
        String a,
        @JsonProperty("SRP_A") String srpA,
        String b,
        String verifier,
        @JsonProperty("SRP_B") String srpB,
        String u,
        @JsonProperty("S") String s,
        String hkdfKey,
        @JsonProperty("SECRET_BLOCK") String secretBlock,
        @JsonProperty("PASSWORD_CLAIM_SIGNATURE") String passwordClaimSignature) {

    private static final String RESOURCE = "/vectors/cognito-srp.json";

    /** Every vector in the file. */
    public static List<SrpVector> all() {
        try (InputStream in = SrpVector.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " must be on the test classpath");
            }
            ObjectMapper json = new ObjectMapper();
            List<SrpVector> vectors = new ArrayList<>();
            for (JsonNode vector : json.readTree(in).get("vectors")) {
                vectors.add(json.treeToValue(vector, SrpVector.class));
            }
            return vectors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
