package io.gatehouse.userpool;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Size of each node's cache of users for the token paths ({@link UserDirectory}). The single source of its default. */
@ConfigMapping(prefix = "gatehouse.user-cache")
public interface UserCacheConfig {

    /**
     * How many users (with their groups) a node keeps; the oldest loaded is dropped first. An
     * entry takes about 1 KiB with a handful of attributes. 0 turns the cache off: every token
     * issue and UserInfo call reads the user from the database.
     */
    @WithDefault("20000")
    int maxEntries();
}
