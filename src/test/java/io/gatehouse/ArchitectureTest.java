package io.gatehouse;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;

/** The package rules of STYLE.md, checked on every build. */
@AnalyzeClasses(packages = "io.gatehouse", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURE_ROOTS = {"io.gatehouse.userpool", "io.gatehouse.oidc", "io.gatehouse.kms",
        "io.gatehouse.account", "io.gatehouse.audit", "io.gatehouse.realm", "io.gatehouse.mail", "io.gatehouse.org",
        "io.gatehouse.iam"};

    @ArchTest
    static final ArchRule featureRootsHaveNoHttpOrPersistenceTypes = noClasses()
            .that().resideInAnyPackage(FEATURE_ROOTS)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..",
                    "io.quarkus.hibernate..", "org.jboss.resteasy..");

    @ArchTest
    static final ArchRule entitiesStayInTheirStore = classes()
            .that().areAnnotatedWith(Entity.class)
            .should().onlyBeAccessed().byClassesThat().resideInAPackage("..store..");

    @ArchTest
    static final ArchRule protocolMessagesArePure = noClasses()
            .that().resideInAnyPackage("io.gatehouse.oidc.message..", "io.gatehouse.auth.sigv4..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "io.vertx..", "org.hibernate..");

    @ArchTest
    static final ArchRule srpIsPureJava = classes()
            .that().resideInAPackage("io.gatehouse.userpool.signin.srp..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..",
                    "io.gatehouse.userpool.signin.srp..");

    @ArchTest
    static final ArchRule policyEngineIsPureJava = classes()
            .that().resideInAPackage("io.gatehouse.iam.policy..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.gatehouse.iam.policy..");

    @ArchTest
    static final ArchRule onlyAwsAdaptersUseAws = noClasses()
            .that().resideOutsideOfPackage("io.gatehouse.aws..")
            .should().dependOnClassesThat().resideInAPackage("io.gatehouse.aws..");

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("io.gatehouse.(**)").should().beFreeOfCycles();
}
