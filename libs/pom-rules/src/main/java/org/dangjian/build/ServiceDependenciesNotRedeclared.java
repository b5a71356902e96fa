package org.dangjian.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;
import org.apache.maven.enforcer.rule.api.AbstractEnforcerRule;
import org.apache.maven.enforcer.rule.api.EnforcerRuleException;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.DependencyManagement;
import org.apache.maven.project.MavenProject;

/**
 * A service pom lists only what is particular to it: no dependency that services-parent already
 * declares for every service, and no version for what the build already manages (Spring Boot's and
 * Spring Cloud's BOMs, the root pom). Configured in services-parent as {@code <serviceDependenciesNotRedeclared/>}.
 */
@Named("serviceDependenciesNotRedeclared")
public class ServiceDependenciesNotRedeclared extends AbstractEnforcerRule {
    private final MavenProject project;

    @Inject
    public ServiceDependenciesNotRedeclared(MavenProject project) {
        this.project = project;
    }

    @Override
    public void execute() throws EnforcerRuleException {
        MavenProject parent = project.getParent();
        if (parent == null) {
            return;
        }
        List<String> problems = problems(project.getOriginalModel().getDependencies(),
                parent.getOriginalModel().getDependencies(), project.getDependencyManagement());
        if (!problems.isEmpty()) {
            throw new EnforcerRuleException(project.getArtifactId() + "'s pom repeats what " + parent.getArtifactId()
                    + " already says:\n  " + String.join("\n  ", problems));
        }
    }

    /** What the service pom's own dependencies repeat of the parent's declarations and the managed versions. */
    static List<String> problems(List<Dependency> own, List<Dependency> parents, DependencyManagement managed) {
        Set<String> inherited = parents.stream().map(Dependency::getManagementKey).collect(Collectors.toSet());
        Set<String> managedKeys = managed == null ? Set.of()
                : managed.getDependencies().stream().map(Dependency::getManagementKey).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (Dependency d : own) {
            String key = d.getManagementKey();
            if (inherited.contains(key)) {
                problems.add(d.getGroupId() + ":" + d.getArtifactId() + " is already a dependency of every service");
            } else if (d.getVersion() != null && managedKeys.contains(key)) {
                problems.add(d.getGroupId() + ":" + d.getArtifactId() + " names version " + d.getVersion()
                        + ", which the build already manages");
            }
        }
        return problems;
    }
}
