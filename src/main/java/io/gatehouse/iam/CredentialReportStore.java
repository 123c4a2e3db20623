package io.gatehouse.iam;

import java.util.Optional;

/** The latest credential report of each account; saving replaces the previous one. */
public interface CredentialReportStore {

    Optional<CredentialReport> find(String accountId);

    void save(String accountId, CredentialReport report);
}
