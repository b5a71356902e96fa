package org.dangjian.deploy.launcher.plan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dangjian.deploy.launcher.LauncherException;
import org.dangjian.deploy.launcher.Settings;
import org.dangjian.kit.catalog.ServiceCatalog;
import org.dangjian.kit.catalog.ServiceDescription;

/**
 * The processes ./platform runs, in the order {@code up} starts them: local-infra, the registry, the gateway,
 * then the services. The services are the catalog's (every {@code <name>-service/service.yaml}), or those
 * DJ_SERVICES names.
 */
public final class Lineup {
    public static final String LOCAL_INFRA = "local-infra";
    public static final String REGISTRY = "registry";
    public static final String GATEWAY = "gateway";
    /** The area whose service issues tokens: it creates the administrator and accepts the service secrets. */
    static final String TOKEN_AREA = "auth";

    private final ServiceCatalog catalog;
    private final Member infra;
    private final Member registry;
    private final Member gateway;
    private final List<Member> services;

    private Lineup(Path repository, ServiceCatalog catalog, List<ServiceDescription> services) {
        this.catalog = catalog;
        this.infra = new Member(LOCAL_INFRA, Kind.INFRA, repository.resolve("deploy/local-infra/target/local-infra.jar"),
                Optional.empty());
        this.registry = new Member(REGISTRY, Kind.REGISTRY, jarOf(repository, REGISTRY), Optional.empty());
        this.gateway = new Member(GATEWAY, Kind.GATEWAY, jarOf(repository, GATEWAY), Optional.empty());
        this.services = services.stream()
                .map(d -> new Member(d.name(), Kind.SERVICE, jarOf(repository, d.name()), Optional.of(d))).toList();
    }

    public static Lineup of(Settings settings, ServiceCatalog catalog) {
        List<String> wanted = settings.services();
        if (wanted.isEmpty()) {
            if (catalog.services().isEmpty()) {
                throw new LauncherException("no service description (<name>-service/service.yaml) in "
                        + settings.repository());
            }
            return new Lineup(settings.repository(), catalog, catalog.services());
        }
        List<ServiceDescription> chosen = new ArrayList<>();
        for (String name : wanted) {
            chosen.add(catalog.find(name).orElseThrow(() -> new LauncherException("DJ_SERVICES names '" + name
                    + "', which has no description (" + name + "/service.yaml); described: "
                    + String.join(" ", catalog.names()) + ". Fix DJ_SERVICES or unset it to run them all")));
        }
        return new Lineup(settings.repository(), catalog, chosen);
    }

    private static Path jarOf(Path repository, String module) {
        return repository.resolve(module).resolve("target").resolve(module + ".jar");
    }

    public ServiceCatalog catalog() {
        return catalog;
    }

    public Member infra() {
        return infra;
    }

    public Member registry() {
        return registry;
    }

    public Member gateway() {
        return gateway;
    }

    public List<Member> services() {
        return services;
    }

    /** Everyone, in start order. */
    public List<Member> all() {
        return Stream.concat(Stream.of(infra, registry, gateway), services.stream()).toList();
    }

    /** The gateway and the services: started together once infrastructure and registry are ready. */
    public List<Member> edgeAndServices() {
        return Stream.concat(Stream.of(gateway), services.stream()).toList();
    }

    public Member get(String name) {
        return all().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow(() ->
                new LauncherException("unknown name '" + name + "'; known: "
                        + String.join(" ", all().stream().map(Member::name).toList())));
    }

    /** The described service serving /api/auth: it issues tokens (also service tokens) and creates the administrator. */
    public Optional<ServiceDescription> tokenIssuer() {
        return Optional.ofNullable(catalog.areas().get(TOKEN_AREA)).flatMap(catalog::find);
    }
}
