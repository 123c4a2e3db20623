package io.gatehouse.realm;

import io.gatehouse.core.GatehouseException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The state of importing one file, confined to that import: the file, the account it declares
 * resources for, the audit actor ({@code realm-import:<file>}) and the tally of changes.
 */
final class ImportContext {

    private final String file;
    private final String accountId;
    private final Map<Change, Integer> tally = new EnumMap<>(Change.class);

    ImportContext(String file, String accountId) {
        this.file = file;
        this.accountId = accountId;
    }

    String accountId() {
        return accountId;
    }

    String actor() {
        return "realm-import:" + file;
    }

    void count(Change change) {
        tally.merge(change, 1, Integer::sum);
    }

    /** The service's error, located at the element that was being applied. */
    RealmFileException fail(JsonPath at, GatehouseException e) {
        return e instanceof RealmFileException located ? located : new RealmFileException(file, at, e.getMessage());
    }

    RealmFileException fail(JsonPath at, String problem) {
        return new RealmFileException(file, at, problem);
    }

    ImportResult result() {
        return new ImportResult(file, accountId, tally.getOrDefault(Change.CREATED, 0),
                tally.getOrDefault(Change.UPDATED, 0), tally.getOrDefault(Change.UNCHANGED, 0));
    }
}
