package io.gatehouse.iam;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.gatehouse.auth.Authorize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/iam.md is the action table of every operation: each action a native REST method declares
 * must be listed there, so a new endpoint cannot ship without its documented action.
 */
class ActionTableDocumentedTest {

    @Test
    void everyDeclaredRestActionIsInTheActionTable() throws IOException {
        String doc = Files.readString(Path.of("docs/iam.md"));
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.gatehouse");

        List<JavaMethod> declaring = classes.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(Authorize.class)).toList();
        List<String> undocumented = classes.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(Authorize.class))
                .map(m -> m.getAnnotationOfType(Authorize.class).action())
                .filter(action -> !doc.contains("`" + action + "`"))
                .distinct().toList();

        assertThat(declaring).hasSizeGreaterThan(150);
        assertThat(undocumented).as("actions missing from docs/iam.md").isEmpty();
    }
}
