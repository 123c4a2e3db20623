package io.gatehouse.account;

import java.util.Optional;

/** Finds the secret of an active access key, for SigV4 verification. */
public interface AccessKeyLookup {

    Optional<AccessKeySecret> find(String accessKeyId);
}
