package io.gatehouse.iam.api;

import io.gatehouse.iam.PrincipalRef;
import io.gatehouse.iam.PrincipalType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The users, groups and roles of the account that a managed policy is attached to. */
@Schema(name = "PolicyEntities")
public record PolicyEntitiesView(List<Entity> users, List<Entity> groups, List<Entity> roles) {

    static PolicyEntitiesView of(List<PrincipalRef> principals) {
        return new PolicyEntitiesView(of(principals, PrincipalType.USER), of(principals, PrincipalType.GROUP),
                of(principals, PrincipalType.ROLE));
    }

    private static List<Entity> of(List<PrincipalRef> principals, PrincipalType type) {
        return principals.stream().filter(p -> p.type() == type).map(p -> new Entity(p.name(), p.id())).toList();
    }

    /** A principal by name and IAM unique id. */
    @Schema(name = "PolicyEntity")
    public record Entity(String name, String id) {
    }
}
