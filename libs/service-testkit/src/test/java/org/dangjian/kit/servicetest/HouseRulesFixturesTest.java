package org.dangjian.kit.servicetest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each house rule fails on a fixture that breaks it and passes on one that keeps it. */
class HouseRulesFixturesTest {
    private static final JavaClasses CLEAN = classesOf("org.dangjian.fixtures.clean");

    /** The fixture package's compiled classes only: scanning the classpath for a package is slow. */
    private static JavaClasses classesOf(String pkg) {
        return new ClassFileImporter().importPath(Path.of("target", "test-classes").resolve(pkg.replace('.', '/')));
    }

    @Test
    void a_service_importing_another_service_fails() {
        assertThatThrownBy(() -> HouseRules.servicesStayApart("org.dangjian.fixtures.alpha")
                .check(classesOf("org.dangjian.fixtures.alpha")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("BetaThing");
        HouseRules.servicesStayApart("org.dangjian.fixtures.clean").check(CLEAN);
    }

    @Test
    void a_third_way_to_read_data_fails() {
        assertThatThrownBy(() -> HouseRules.dataIsReadTwoWaysOnly().check(classesOf("org.dangjian.fixtures.jdbc")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("TemplateReader").hasMessageContaining("queryForObject");
        HouseRules.dataIsReadTwoWaysOnly().check(CLEAN);
    }

    @Test
    void a_controller_with_sql_fails() {
        assertThatThrownBy(() -> HouseRules.controllersHoldNoDataAccess().check(classesOf("org.dangjian.fixtures.web")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("QueryingController");
        HouseRules.controllersHoldNoDataAccess().check(CLEAN);
    }

    @Test
    void now_without_a_clock_fails() {
        assertThatThrownBy(() -> HouseRules.nowComesFromTheClock().check(classesOf("org.dangjian.fixtures.time")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("LocalDate.now()");
        HouseRules.nowComesFromTheClock().check(CLEAN);
    }

    @Test
    void a_literal_zone_fails_in_code_and_in_a_jobs_schedule() {
        assertThatThrownBy(() -> HouseRules.zonesComeFromTheSetting().check(classesOf("org.dangjian.fixtures.zone")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ZoneId.of")
                .hasMessageContaining("NightlyJobInLiteralZone.run()");
        HouseRules.zonesComeFromTheSetting().check(CLEAN);
        // a service without scheduled jobs has nothing to break
        HouseRules.zonesComeFromTheSetting().check(classesOf("org.dangjian.fixtures.beta"));
    }

    @Test
    void a_role_check_outside_the_named_rules_fails() {
        assertThatThrownBy(() -> HouseRules.rightsAreDeclared().check(classesOf("org.dangjian.fixtures.rights")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("hasRole");
        assertThatThrownBy(() -> HouseRules.rightsAreDeclared().check(classesOf("org.dangjian.fixtures.rights2")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("OwnExpression.act()");
        HouseRules.rightsAreDeclared().check(CLEAN);
    }

    @Test
    void a_cycle_between_feature_packages_fails() {
        assertThatThrownBy(() -> HouseRules.featurePackagesAreFreeOfCycles("org.dangjian.fixtures.cyclic")
                .check(classesOf("org.dangjian.fixtures.cyclic")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Cycle");
        HouseRules.featurePackagesAreFreeOfCycles("org.dangjian.fixtures").check(CLEAN);
    }

    @Test
    void a_hand_written_path_like_fails(@TempDir Path sources) throws IOException {
        Path feature = Files.createDirectories(sources.resolve("org/dangjian/x/report"));
        Files.writeString(feature.resolve("Report.java"), """
                class Report {
                    // a comment may say org_path LIKE without harm
                    static final String SQL = "SELECT COUNT(*) FROM thing t WHERE t.org_path LIKE ? AND t.kind = ?";
                    static final String FINE = "SELECT COUNT(*) FROM thing t WHERE t.name LIKE ?";
                }
                """);
        assertThat(HandWrittenScope.find(sources))
                .singleElement().asString().contains("Report.java:3").contains("t.org_path LIKE ?");
        Files.writeString(feature.resolve("Report.java"), """
                class Report {
                    static final String SQL = "SELECT COUNT(*) FROM thing t WHERE " + SubtreePaths.under("t.org_path", "root");
                }
                """);
        assertThat(HandWrittenScope.find(sources)).isEmpty();
    }
}
