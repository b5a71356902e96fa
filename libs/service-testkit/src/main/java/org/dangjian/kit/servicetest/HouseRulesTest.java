package org.dangjian.kit.servicetest;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The house rules, run in every service's build: services inherit {@code services-parent}, whose Surefire
 * scans this jar, so a new service has them checked without writing a line. Reads the module's compiled
 * classes ({@code target/classes}) and sources ({@code src/main/java}); the service's root package is the
 * package of its {@code @SpringBootApplication}.
 */
class HouseRulesTest {
    private static final Path CLASSES = Path.of("target", "classes");
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static JavaClasses classes;
    private static String root;

    @BeforeAll
    static void importService() {
        assertThat(CLASSES).as("compiled classes of the service under test").isDirectory();
        classes = new ClassFileImporter().importPath(CLASSES);
        root = classes.stream().filter(c -> c.isAnnotatedWith(SpringBootApplication.class))
                .map(c -> c.getPackageName()).findFirst()
                .orElseThrow(() -> new AssertionError("no @SpringBootApplication under " + CLASSES.toAbsolutePath()));
    }

    /** ARCHITECTURE.md: every write audited, in every service, readable by auditors (issue 16 item 12). */
    @Test
    void every_service_lets_auditors_read_its_writes() {
        assertThat(classes.stream().filter(c -> c.isAssignableTo("org.dangjian.kit.audit.WriteAuditRoutes")))
                .as("a @RestController extending audit-kit's WriteAuditRoutes, at /api/<area>/write-audit").isNotEmpty();
    }

    @Test
    void a_service_imports_no_other_service() {
        HouseRules.servicesStayApart(root).check(classes);
    }

    @Test
    void data_is_read_through_mappers_or_jdbc_client_only() {
        HouseRules.dataIsReadTwoWaysOnly().check(classes);
    }

    @Test
    void controllers_hold_no_sql_and_no_mappers() {
        HouseRules.controllersHoldNoDataAccess().check(classes);
    }

    @Test
    void now_comes_from_the_clock() {
        HouseRules.nowComesFromTheClock().check(classes);
    }

    @Test
    void zones_come_from_the_setting() {
        HouseRules.zonesComeFromTheSetting().check(classes);
    }

    @Test
    void rights_are_declared_with_the_named_rules() {
        HouseRules.rightsAreDeclared().check(classes);
    }

    @Test
    void feature_packages_have_no_cycles() {
        HouseRules.featurePackagesAreFreeOfCycles(root).check(classes);
    }

    @Test
    void every_thrown_problem_code_has_a_chinese_and_an_english_message() {
        assertThat(ProblemMessages.missing(ProblemMessages.thrownCodes(SOURCES))).isEmpty();
    }

    @Test
    void a_service_declares_only_its_own_problem_codes() {
        assertThat(ProblemMessages.redeclaredKitCodes()).as("codes a kit's bundle already has").isEmpty();
    }

    @Test
    void no_scope_predicate_is_written_by_hand() {
        assertThat(Files.isDirectory(SOURCES)).as("sources of the service under test").isTrue();
        assertThat(HandWrittenScope.find(SOURCES))
                .as("string literals with a hand-written path LIKE (use OrgScoped mappers, ScopedSql or SubtreePaths)")
                .isEmpty();
    }
}
