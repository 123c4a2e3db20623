package io.gatehouse.org;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every {@link MemberAccountCreated} fired in the test run, as IAM's observer would receive it. */
@Singleton
public class MemberAccountEvents {

    private final List<MemberAccountCreated> received = new CopyOnWriteArrayList<>();

    void on(@Observes MemberAccountCreated event) {
        received.add(event);
    }

    public List<MemberAccountCreated> received() {
        return List.copyOf(received);
    }
}
