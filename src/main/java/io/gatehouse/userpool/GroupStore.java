package io.gatehouse.userpool;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Storage of groups and memberships. Deleting a group or a user removes its memberships. Every
 * write that changes a user's groups or a group's claims (membership, update, delete) makes every
 * node's {@link UserDirectory} forget the users concerned once the writing transaction commits.
 */
public interface GroupStore {

    void insert(Group group);

    void update(Group group);

    Optional<Group> find(String poolId, String name);

    List<Group> list(String poolId, String afterName, int limit);

    boolean delete(String poolId, String name);

    /** Idempotent: adding an existing member changes nothing. */
    void addMember(String poolId, String groupName, UUID sub);

    boolean removeMember(String poolId, String groupName, UUID sub);

    /** The user's groups, by ascending precedence (null last) then name: the order of {@code cognito:groups}. */
    List<Group> groupsOf(UUID sub);

    List<UUID> members(String poolId, String groupName, UUID afterSub, int limit);
}
