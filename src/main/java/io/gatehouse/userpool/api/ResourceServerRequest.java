package io.gatehouse.userpool.api;

import io.gatehouse.api.RequestInput;
import io.gatehouse.userpool.ResourceScope;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of creating or replacing a resource server, e.g.
 * <pre>{"identifier": "https://api.demo.local", "name": "Demo API",
 *  "scopes": [{"name": "read", "description": "Read access"}]}</pre>
 * On replace, {@code identifier} may be left out; if given it must equal the one in the path.
 */
@Schema(name = "ResourceServerRequest")
public record ResourceServerRequest(
        @Schema(example = "https://api.demo.local") String identifier,
        @Schema(required = true, example = "Demo API") String name,
        List<ResourceScope> scopes) {

    List<ResourceScope> scopesOrEmpty() {
        return scopes == null ? List.of() : RequestInput.noNulls(scopes, "scopes");
    }
}
