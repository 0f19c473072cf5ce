package com.commitment.advisor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine (the API's records, the facts, the reading of words, the rule sets and the advisor facade) is what the
 * build publishes as {@code target/advisor-engine.jar} for other programs to embed: it may use Drools, Jackson, the
 * validation annotations and its reading libraries, never Spring, a validator, servlets or the service's own packages.
 */
class EngineStandsAloneTest {

    private static final String[] ENGINE = {"com.commitment.advisor.model..", "com.commitment.advisor.facts..",
        "com.commitment.advisor.language..", "com.commitment.advisor.ruleset..", "com.commitment.advisor.advice.."};
    private static final String[] LIBRARIES = {"java..", "javax..", "org.drools..", "org.kie..", "tools.jackson..",
        "com.fasterxml.jackson.annotation..", "jakarta.validation..",
        "org.apache.lucene..", "com.hankcs..", "opennlp..", "com.github.benmanes.caffeine..", "org.slf4j..", ""};

    @Test
    void theEngineUsesNoSpringNoServletAndNothingOfTheService() {
        JavaClasses imported = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.commitment.advisor");
        classes().that().resideInAnyPackage(ENGINE).should().onlyDependOnClassesThat()
                .resideInAnyPackage(Stream.concat(Stream.of(ENGINE), Stream.of(LIBRARIES)).toArray(String[]::new))
                .because("other programs embed the engine with only its own libraries")
                .check(imported);
    }
}
