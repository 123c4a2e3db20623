package io.gatehouse.platform;

/**
 * Every advisory lock key Gatehouse takes, in one place so that two jobs can never share a key by
 * accident (each job locking the other out). The values are fixed: nodes of different versions
 * must agree on them during a rolling upgrade.
 */
public enum JobLock {
    STARTUP(0x6761746500L),
    SIGNING_KEY_ROTATION(0x6761746501L),
    EXPIRED_GRANT_CLEANUP(0x6761746502L),
    SIGN_IN_THROTTLE_CLEANUP(0x6761746503L),
    AUTH_SESSION_CLEANUP(0x6761746504L),
    OUTBOX_CLEANUP(0x676174654DL),
    USER_CODE_CLEANUP(0x6761746555L);

    private final long key;

    JobLock(long key) {
        this.key = key;
    }

    public long key() {
        return key;
    }
}
