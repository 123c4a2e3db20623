package io.gatehouse.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Makes a job run on one node at a time: the job's transaction takes a PostgreSQL
 * transaction-level advisory lock, released at commit. Scheduled jobs try the lock and skip
 * the round when another node holds it; start-up work (bootstrap, realm import) waits for it.
 *
 * @see <a href="https://www.postgresql.org/docs/17/explicit-locking.html#ADVISORY-LOCKS">Advisory locks</a>
 */
@ApplicationScoped
public class SingletonJob {

    private final EntityManager em;

    public SingletonJob(EntityManager em) {
        this.em = em;
    }

    /** Must run inside a transaction; waits until this node holds the lock, which ends with that transaction. */
    public void lock(JobLock job) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, job.key()).getSingleResult();
    }

    /** Must run inside a transaction; true when this node holds the lock until that transaction ends. */
    public boolean tryLock(JobLock job) {
        Object locked = em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)").setParameter(1, job.key()).getSingleResult();
        return Boolean.TRUE.equals(locked);
    }
}
