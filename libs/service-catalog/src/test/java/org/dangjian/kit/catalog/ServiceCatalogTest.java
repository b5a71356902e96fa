package org.dangjian.kit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceCatalogTest {

    @Test
    void theBuildPacksEveryServiceFoldersDescriptionAndATestCanAddOne() {
        ServiceCatalog catalog = ServiceCatalog.packaged();

        assertThat(catalog.names()).contains("org-service", "member-service", "transfer-service", "notify-service",
                "points-service", "fake-service");
        assertThat(catalog.areas()).containsEntry("auth", "org-service").containsEntry("orgs", "org-service")
                .containsEntry("fakes", "fake-service");
        ServiceDescription fake = catalog.find("fake-service").orElseThrow();
        assertThat(fake.schema()).isEqualTo("dj_fake");
        assertThat(fake.memory()).isEqualTo(new ServiceDescription.Memory(96, 200));
        assertThat(fake.secretVariable()).isEqualTo("DJ_SERVICE_SECRET_FAKE_SERVICE");
        assertThat(catalog.callers()).extracting(ServiceDescription::name).contains("notify-service", "fake-service")
                .doesNotContain("org-service");
    }

    @Test
    void theRepositorysFoldersAreReadLikeThePackagedCatalog() {
        Path repository = Path.of("../..").toAbsolutePath().normalize();

        ServiceCatalog catalog = ServiceCatalog.inRepository(repository);

        assertThat(catalog.names()).contains("org-service", "notify-service").doesNotContain("fake-service");
        assertThat(catalog.find("notify-service").orElseThrow().calls()).containsExactly("member-service");
    }

    @Test
    void aMistakeNamesTheFileAndTheField(@TempDir Path repository) throws IOException {
        write(repository, "x-service", "name: x-service\nsummary: x\nschema: dj_x\nmemory: {heap-mb: 64, budget-mb: 128}\nporst: [1]\n");

        assertThatThrownBy(() -> ServiceCatalog.inRepository(repository))
                .hasMessageContaining("x-service/service.yaml").hasMessageContaining("unknown field(s) [porst]");
    }

    @Test
    void aDescriptionMustBeInItsOwnFolder(@TempDir Path repository) throws IOException {
        write(repository, "x-service", "name: y-service\nsummary: y\nschema: dj_y\nmemory: {heap-mb: 64, budget-mb: 128}\n");

        assertThatThrownBy(() -> ServiceCatalog.inRepository(repository)).hasMessageContaining("not its folder's");
    }

    @Test
    void twoServicesCannotServeOneArea(@TempDir Path repository) throws IOException {
        write(repository, "a-service", "name: a-service\nsummary: a\nareas: [x]\nschema: dj_a\nmemory: {heap-mb: 64, budget-mb: 128}\n");
        write(repository, "b-service", "name: b-service\nsummary: b\nareas: [x]\nschema: dj_b\nmemory: {heap-mb: 64, budget-mb: 128}\n");

        assertThatThrownBy(() -> ServiceCatalog.inRepository(repository))
                .hasMessageContaining("area 'x' is claimed by a-service and b-service");
    }

    @Test
    void aServiceCanOnlyCallADescribedOne(@TempDir Path repository) throws IOException {
        write(repository, "a-service", "name: a-service\nsummary: a\ncalls: [ghost-service]\nschema: dj_a\nmemory: {heap-mb: 64, budget-mb: 128}\n");

        assertThatThrownBy(() -> ServiceCatalog.inRepository(repository))
                .hasMessageContaining("a-service calls ghost-service, which has no description");
    }

    @Test
    void aBudgetBelowTheHeapIsRefused(@TempDir Path repository) throws IOException {
        write(repository, "a-service", "name: a-service\nsummary: a\nschema: dj_a\nmemory: {heap-mb: 128, budget-mb: 100}\n");

        assertThatThrownBy(() -> ServiceCatalog.inRepository(repository)).hasMessageContaining("budget-mb above it");
    }

    private static void write(Path repository, String folder, String yaml) throws IOException {
        Files.createDirectories(repository.resolve(folder));
        Files.writeString(repository.resolve(folder).resolve("service.yaml"), yaml);
    }
}
