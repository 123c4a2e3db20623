package io.gatehouse;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.Unsigned;
import jakarta.persistence.Entity;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.util.List;

/** The package rules of STYLE.md, checked on every build. */
@AnalyzeClasses(packages = "io.gatehouse", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURE_ROOTS = {"io.gatehouse.userpool", "io.gatehouse.oidc", "io.gatehouse.kms",
        "io.gatehouse.account", "io.gatehouse.audit", "io.gatehouse.realm", "io.gatehouse.mail", "io.gatehouse.org",
        "io.gatehouse.iam", "io.gatehouse.authorize", "io.gatehouse.webidentity", "io.gatehouse.sts",
        "io.gatehouse.identitypool"};

    private static final List<Class<? extends Annotation>> HTTP_METHODS =
            List.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class);

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

    /** Authorization fails closed at run time; this finds a forgotten action at build time instead. */
    @ArchTest
    static final ArchRule signedApiMethodsDeclareTheirAction = methods()
            .that(new DescribedPredicate<JavaMethod>("are signed /api/v1 resource methods") {
                @Override
                public boolean test(JavaMethod method) {
                    JavaClass owner = method.getOwner();
                    boolean http = HTTP_METHODS.stream().anyMatch(method::isAnnotatedWith);
                    boolean api = owner.tryGetAnnotationOfType(Path.class)
                            .map(path -> path.value().startsWith("/api/v1")).orElse(false);
                    boolean unsigned = method.isAnnotatedWith(Unsigned.class) || owner.isAnnotatedWith(Unsigned.class);
                    return http && api && !unsigned;
                }
            })
            .should().beAnnotatedWith(Authorize.class);

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("io.gatehouse.(**)").should().beFreeOfCycles();
}
