package io.gatehouse.realm;

import io.gatehouse.userpool.PoolSettings;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A user pool declared by a realm file with what it contains. With an {@code id} the pool is found
 * by id (and renamed when the name changed); without one it is found by name within the account.
 * Declared {@code settings} replace the pool's; absent ones are defaults at creation and left alone later.
 */
public record RealmUserPool(String id, String name, PoolSettings settings, List<RealmResourceServer> resourceServers,
                            List<RealmClient> clients, List<RealmGroup> groups, List<RealmUser> users) {

    static final Set<String> KEYS = Set.of("id", "name", "settings", "resourceServers", "clients", "groups", "users");

    public RealmUserPool {
        Objects.requireNonNull(name, "name");
        resourceServers = List.copyOf(resourceServers);
        clients = List.copyOf(clients);
        groups = List.copyOf(groups);
        users = List.copyOf(users);
    }

    static RealmUserPool parse(JsonObjectReader in) {
        String id = in.optionalString("id");
        String name = in.requiredString("name");
        PoolSettings settings = in.optionalRecord("settings", PoolSettings.class);
        List<RealmResourceServer> servers = in.objects("resourceServers", RealmResourceServer.KEYS, RealmResourceServer::parse);
        in.requireUnique("resourceServers", servers, RealmResourceServer::identifier, "resource server identifier");
        List<RealmClient> clients = in.objects("clients", RealmClient.KEYS, RealmClient::parse);
        List<RealmGroup> groups = in.objects("groups", RealmGroup.KEYS, RealmGroup::parse);
        in.requireUnique("groups", groups, RealmGroup::name, "group name");
        List<RealmUser> users = in.objects("users", RealmUser.KEYS, RealmUser::parse);
        // Usernames are unique per pool case-insensitively (UserStore), so "Alice" and "alice" clash.
        in.requireUnique("users", users, u -> u.username().toLowerCase(Locale.ROOT), "username");
        return new RealmUserPool(id, name, settings, servers, clients, groups, users);
    }
}
