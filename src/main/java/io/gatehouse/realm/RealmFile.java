package io.gatehouse.realm;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A parsed realm file: the resources one account declares. Parsing checks only the shape (types,
 * required fields, unknown keys, duplicates), so that a bad file is rejected before anything is
 * written; the rules of each resource are checked by its service when the file is applied.
 * {@code parse(file, toJson())} returns an equal value. Example:
 * <pre>{"accountId": "000000000000", "userPools": [{"id": "us-east-1_DemoPool1", "name": "demo"}]}</pre>
 * The format, field by field, is in {@code docs/realms.md} and {@code docs/realm.schema.json}.
 */
public record RealmFile(String accountId, List<RealmUserPool> userPools, RealmIam iam,
                        List<RealmIdentityPool> identityPools) {

    static final Set<String> KEYS = Set.of("accountId", "userPools", "iam", "identityPools");
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final JsonMapper WRITER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL).build();

    public RealmFile {
        userPools = List.copyOf(userPools);
        iam = iam == null ? RealmIam.EMPTY : iam;
        identityPools = List.copyOf(identityPools);
    }

    /** Parses the text of the realm file named {@code file}; a problem throws {@link RealmFileException}. */
    public static RealmFile parse(String file, String json) {
        JsonObjectReader in = JsonObjectReader.root(file, json, KEYS);
        String accountId = in.optionalString("accountId");
        if (accountId != null && !ACCOUNT_ID.matcher(accountId).matches()) {
            throw in.error("accountId", "must be 12 digits");
        }
        List<RealmUserPool> pools = in.objects("userPools", RealmUserPool.KEYS, RealmUserPool::parse);
        in.requireUnique("userPools", pools, RealmUserPool::id, "user pool id");
        in.requireUnique("userPools", pools, p -> p.id() == null ? p.name() : null, "name of a user pool without id");
        requireUniqueClientIds(in, pools);
        RealmIam iam = in.optionalObject("iam", RealmIam.KEYS, RealmIam::parse);
        List<RealmIdentityPool> identityPools = in.objects("identityPools", RealmIdentityPool.KEYS, RealmIdentityPool::parse);
        in.requireUnique("identityPools", identityPools, RealmIdentityPool::id, "identity pool id");
        in.requireUnique("identityPools", identityPools, p -> p.id() == null ? p.name() : null,
                "name of an identity pool without id");
        RealmIdentityPoolRoles.check(in, identityPools, iam == null ? RealmIam.EMPTY : iam);
        return new RealmFile(accountId, pools, iam, identityPools);
    }

    /** The realm file as JSON, absent fields omitted. */
    public String toJson() {
        return WRITER.valueToTree(this).toPrettyString();
    }

    /** Client ids are unique across all pools, not only within one. */
    private static void requireUniqueClientIds(JsonObjectReader in, List<RealmUserPool> pools) {
        Map<String, JsonPath> seen = new HashMap<>();
        for (int p = 0; p < pools.size(); p++) {
            List<RealmClient> clients = pools.get(p).clients();
            for (int c = 0; c < clients.size(); c++) {
                JsonPath at = in.path().child("userPools").index(p).child("clients").index(c);
                JsonPath first = seen.putIfAbsent(clients.get(c).clientId(), at);
                if (first != null) {
                    throw in.error(at, "duplicate clientId \"" + clients.get(c).clientId() + "\" (first declared at " + first + ")");
                }
            }
        }
    }
}
