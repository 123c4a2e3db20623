package io.gatehouse.testing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an end-to-end test: the whole service on a random port, on a fresh embedded
 * PostgreSQL shared by every test of the run, with the demo realm imported.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface GatehouseTest {
}
