package io.gatehouse.iam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatehouse.auth.Caller;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.iam.policy.Decision;
import io.gatehouse.iam.policy.Outcome;
import io.gatehouse.iam.policy.RequestContext;
import io.gatehouse.kms.EnvelopeCipher;
import io.gatehouse.kms.SealedDataException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Encoded authorization failure messages, as AWS hands them out with some denials and STS
 * {@code DecodeAuthorizationMessage} reads them: the decision's details (allowed, explicit deny,
 * the deciding statements, the principal, action, resource and the request's condition keys) as the
 * JSON AWS documents, deflated, sealed under the master key with {@link EnvelopeCipher} and
 * base64url-encoded. The seal is bound to the context {@code authorization-message:<account>} of the
 * denied principal's account, so only a principal of that account can have a message decoded: in
 * another account it does not open, exactly like an altered or made-up one. The details stay
 * opaque to the denied caller, who may not be allowed to see why.
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_DecodeAuthorizationMessage.html">DecodeAuthorizationMessage</a>
 */
@ApplicationScoped
public class AuthorizationMessages {

    /** The longest {@code EncodedMessage} STS accepts. */
    public static final int MAX_ENCODED_CHARS = 10_240;
    static final String CONTEXT = "authorization-message:";
    /** A decoded message is never larger; a bigger inflation is not one of ours. */
    private static final int MAX_DECODED_BYTES = 64 * 1024;

    private final EnvelopeCipher cipher;
    private final ObjectMapper json = new ObjectMapper();

    public AuthorizationMessages(EnvelopeCipher cipher) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    /**
     * The encoded message of {@code caller}'s request decided by {@code decision} in {@code context};
     * when the condition keys would make it longer than STS accepts, they are left out.
     */
    public String encode(Caller caller, RequestContext context, Decision decision) {
        String full = seal(caller.accountId(), message(caller, context, decision, true));
        return full.length() <= MAX_ENCODED_CHARS ? full
                : seal(caller.accountId(), message(caller, context, decision, false));
    }

    /**
     * The JSON of an encoded message, for a principal of {@code accountId}; a message that is not
     * one of ours, altered, or of another account is {@code InvalidAuthorizationMessageException}.
     */
    public String decode(String accountId, String encoded) {
        if (encoded == null || encoded.isEmpty() || encoded.length() > MAX_ENCODED_CHARS) {
            throw invalid();
        }
        try {
            byte[] sealed = Base64.getUrlDecoder().decode(encoded);
            return new String(inflate(cipher.open(sealed, CONTEXT + accountId)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | SealedDataException | DataFormatException e) {
            throw invalid();
        }
    }

    private String seal(String accountId, Map<String, Object> message) {
        try {
            byte[] sealed = cipher.seal(deflate(json.writeValueAsBytes(message)), CONTEXT + accountId);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sealed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An authorization message could not be serialized", e);
        }
    }

    /** The shape AWS documents, lists wrapped as {@code {"items": [...]}}. */
    private static Map<String, Object> message(Caller caller, RequestContext context, Decision decision,
                                               boolean withConditions) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("allowed", decision.allowed());
        message.put("explicitDeny", decision.outcome() == Outcome.EXPLICIT_DENY);
        message.put("matchedStatements", items(DecidingStatement.of(decision).stream()
                .map(AuthorizationMessages::statement).toList()));
        message.put("failures", items(List.of()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("principal", principal(caller));
        details.put("action", context.action());
        details.put("resource", context.resource());
        details.put("conditions", items(withConditions ? conditions(context) : List.of()));
        message.put("context", details);
        return message;
    }

    private static Map<String, Object> statement(DecidingStatement statement) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("statementId", statement.sid() == null ? "" : statement.sid());
        item.put("effect", statement.effect().toUpperCase(Locale.ROOT));
        item.put("sourcePolicyId", statement.sourcePolicyId());
        item.put("sourcePolicyType", statement.sourcePolicyType());
        item.put("statementIndex", statement.statementIndex());
        return item;
    }

    private static Map<String, Object> principal(Caller caller) {
        Map<String, Object> principal = new LinkedHashMap<>();
        principal.put("id", caller.userId());
        caller.userName().ifPresent(name -> principal.put("name", name));
        principal.put("arn", caller.principalArn());
        return principal;
    }

    private static List<Object> conditions(RequestContext context) {
        List<Object> conditions = new ArrayList<>();
        new TreeMap<>(context.values()).forEach((key, values) -> conditions.add(Map.of("key", key,
                "values", items(values.stream().map(value -> (Object) Map.of("value", value)).toList()))));
        return conditions;
    }

    private static Map<String, Object> items(List<?> items) {
        return Map.of("items", items);
    }

    private static byte[] deflate(byte[] plain) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(plain);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 2 + 16);
            byte[] buffer = new byte[4096];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] compressed) throws DataFormatException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length * 4);
            byte[] buffer = new byte[4096];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("truncated");
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_DECODED_BYTES) {
                    throw new DataFormatException("too large");
                }
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }

    private static GatehouseException invalid() {
        return new GatehouseException(AuthorizationMessageError.INVALID_AUTHORIZATION_MESSAGE,
                "The encoded authorization message is invalid, or was not issued for this account");
    }
}
