package io.gatehouse.iam;

import java.util.List;
import java.util.Optional;

/**
 * Storage of IAM groups and their members. Names are unique per account regardless of case.
 * Deleting a group or a user deletes the memberships (the service refuses to delete a group that
 * still has members, as IAM does).
 */
public interface IamGroupStore {

    /** Inserts the group; false (and nothing written) when the name is taken, even by a concurrent insert. */
    boolean insert(IamGroup group);

    Optional<IamGroup> find(String accountId, String name);

    List<IamGroup> list(String accountId, String pathPrefix, String afterName, int limit);

    long count(String accountId);

    void rename(String groupId, String newName, String newPath);

    void delete(String groupId);

    /** False when the user already was a member. */
    boolean addMember(String groupId, String userId);

    /** False when the user was not a member. */
    boolean removeMember(String groupId, String userId);

    /** The member users, by lower-case name. */
    List<IamUser> members(String groupId);

    long memberCount(String groupId);

    /** The user's groups, by lower-case name. */
    List<IamGroup> groupsOf(String userId);
}
