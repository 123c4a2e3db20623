package io.gatehouse.realm;

/**
 * What importing one realm file did, counted per declared resource (a pool, resource server,
 * client, group or user; an IAM policy, group, user or role; an identity pool). Re-importing an unchanged file
 * gives {@code created == updated == 0}.
 */
public record ImportResult(String file, String accountId, int created, int updated, int unchanged) {

    public boolean changedNothing() {
        return created == 0 && updated == 0;
    }
}
