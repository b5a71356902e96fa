package org.dangjian.kit.servicetest;

import java.util.List;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.context.SpringBootTestContextBootstrapper;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ClassUtils;

/**
 * Starts the service whose build runs a test that lives in this kit: Spring Boot looks for the application
 * only in the test's own package and its parents, which from here would never reach the service's. Finds
 * the one {@code @SpringBootConfiguration} under {@code org.dangjian} on the class path instead, so the
 * context is the one the service's own tests already started.
 */
class ServiceUnderTest extends SpringBootTestContextBootstrapper {
    @Override
    protected Class<?>[] getOrFindConfigurationClasses(MergedContextConfiguration mergedConfig) {
        if (mergedConfig.getClasses().length > 0) {
            return mergedConfig.getClasses();
        }
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(SpringBootConfiguration.class));
        List<String> found = scanner.findCandidateComponents("org.dangjian").stream()
                .map(candidate -> candidate.getBeanClassName()).toList();
        if (found.size() != 1) {
            throw new IllegalStateException("expected the one application of the service under test, found " + found);
        }
        return new Class<?>[] {ClassUtils.resolveClassName(found.get(0), getClass().getClassLoader())};
    }
}
