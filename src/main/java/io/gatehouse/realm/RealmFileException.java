package io.gatehouse.realm;

import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;

/**
 * A realm file that cannot be imported, with the file, the JSON path of the offending element and
 * the problem, as {@code "<file>: <json path>: <problem>"}. Nothing of the file has been imported.
 * The problem never quotes a secret or a password.
 */
public class RealmFileException extends GatehouseException {

    private final String file;
    private final JsonPath path;
    private final String problem;

    public RealmFileException(String file, JsonPath path, String problem) {
        super(CommonError.INVALID_PARAMETER, file + ": " + path + ": " + problem);
        this.file = file;
        this.path = path;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public JsonPath path() {
        return path;
    }

    public String problem() {
        return problem;
    }
}
