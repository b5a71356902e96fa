package org.dangjian.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.maven.enforcer.rule.api.EnforcerRuleException;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.DependencyManagement;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

class ServiceDependenciesNotRedeclaredTest {
    private static Dependency dep(String groupId, String artifactId, String version) {
        Dependency d = new Dependency();
        d.setGroupId(groupId);
        d.setArtifactId(artifactId);
        d.setVersion(version);
        return d;
    }

    private static MavenProject service(List<Dependency> own, List<Dependency> parents, List<Dependency> managed) {
        Model parentModel = new Model();
        parentModel.setArtifactId("services-parent");
        parentModel.setDependencies(parents);
        MavenProject parent = new MavenProject(parentModel);
        parent.setOriginalModel(parentModel.clone());

        Model model = new Model();
        model.setArtifactId("points-service");
        model.setDependencies(own);
        DependencyManagement dm = new DependencyManagement();
        dm.setDependencies(managed);
        model.setDependencyManagement(dm);
        MavenProject project = new MavenProject(model);
        project.setOriginalModel(model.clone());
        project.setParent(parent);
        return project;
    }

    @Test
    void a_service_pom_that_repeats_a_dependency_of_every_service_fails() {
        MavenProject project = service(
                List.of(dep("org.dangjian", "dj-web-kit", null), dep("org.dangjian", "dj-jobs-kit", null)),
                List.of(dep("org.dangjian", "dj-web-kit", null)),
                List.of(dep("org.dangjian", "dj-web-kit", "0.1.0"), dep("org.dangjian", "dj-jobs-kit", "0.1.0")));
        assertThatThrownBy(() -> new ServiceDependenciesNotRedeclared(project).execute())
                .isInstanceOf(EnforcerRuleException.class)
                .hasMessageContaining("org.dangjian:dj-web-kit is already a dependency of every service")
                .hasMessageNotContaining("dj-jobs-kit");
    }

    @Test
    void a_service_pom_that_names_a_managed_version_fails() {
        MavenProject project = service(List.of(dep("org.hdrhistogram", "HdrHistogram", "2.2.1")), List.of(),
                List.of(dep("org.hdrhistogram", "HdrHistogram", "2.2.2")));
        assertThatThrownBy(() -> new ServiceDependenciesNotRedeclared(project).execute())
                .hasMessageContaining("org.hdrhistogram:HdrHistogram names version 2.2.1, which the build already manages");
    }

    @Test
    void a_service_pom_with_only_its_own_dependencies_passes() throws EnforcerRuleException {
        MavenProject project = service(List.of(dep("org.dangjian", "dj-jobs-kit", null), dep("com.acme", "unmanaged", "1.0")),
                List.of(dep("org.dangjian", "dj-web-kit", null)), List.of(dep("org.dangjian", "dj-jobs-kit", "0.1.0")));
        new ServiceDependenciesNotRedeclared(project).execute();
        assertThat(ServiceDependenciesNotRedeclared.problems(project.getOriginalModel().getDependencies(),
                List.of(), project.getDependencyManagement())).isEmpty();
    }
}
