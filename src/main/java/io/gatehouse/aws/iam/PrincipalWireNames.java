package io.gatehouse.aws.iam;

import io.gatehouse.iam.PrincipalType;

/**
 * How IAM's operations name each kind of principal: the word in the action ({@code PutUserPolicy})
 * and the parameter that carries its name ({@code UserName}).
 */
enum PrincipalWireNames {
    USER(PrincipalType.USER, "User"),
    GROUP(PrincipalType.GROUP, "Group"),
    ROLE(PrincipalType.ROLE, "Role");

    private final PrincipalType type;
    private final String word;

    PrincipalWireNames(PrincipalType type, String word) {
        this.type = type;
        this.word = word;
    }

    PrincipalType type() {
        return type;
    }

    /** {@code Put} + {@code Policy} → {@code PutUserPolicy}. */
    String action(String verb, String noun) {
        return verb + word + noun;
    }

    String nameParameter() {
        return word + "Name";
    }
}
