package io.gatehouse.iam;

/** A user, group or role of an account, by its IAM unique id and its name as stored. */
public record PrincipalRef(PrincipalType type, String id, String name, String accountId) {
}
