package io.gatehouse.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;

/**
 * A GreenMail SMTP server on a free port of 127.0.0.1, started before Quarkus boots and set as
 * {@code gatehouse.mail.smtp.*}; tests receive it in a field annotated {@link InjectGreenMail}.
 * Use it through {@link Profile}, which also keeps the embedded PostgreSQL of {@code @GatehouseTest}.
 */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    private GreenMail greenMail;

    @Override
    public Map<String, String> start() {
        greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
        return Map.of(
                "gatehouse.mail.smtp.host", "127.0.0.1",
                "gatehouse.mail.smtp.port", Integer.toString(greenMail.getSmtp().getPort()),
                "gatehouse.mail.smtp.start-tls", "DISABLED");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(greenMail, new TestInjector.AnnotatedAndMatchesType(InjectGreenMail.class, GreenMail.class));
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    /** Marks the test field that receives the running {@link GreenMail}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface InjectGreenMail {
    }

    /** The test profile of a run with SMTP configured, delivering to GreenMail. */
    public static class Profile implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(GreenMailResource.class));
        }
    }
}
