package org.dangjian.kit.servicetest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dangjian.kit.catalog.ServiceDescription;

/**
 * Where a service's description ({@code <name>/service.yaml}) and the running service disagree, each fault
 * naming the line of the description to fix. Plain comparisons, so that the rules are tested without a service;
 * {@link ServiceDescriptionTest} gathers what the service really does.
 */
final class DescriptionFaults {
    static final String API = "/api/";

    private DescriptionFaults() {
    }

    /** The schema the service runs on is the one its description declares. */
    static List<String> schema(ServiceDescription description, String runsOn) {
        if (description.schema().equals(runsOn)) {
            return List.of();
        }
        return List.of(file(description) + " says `schema: " + description.schema() + "`, but the service runs on "
                + runsOn + " (the schema of spring.datasource.url in its application.yml): fix the line `schema:`"
                + " (or the URL)");
    }

    /**
     * Every topic a listener subscribes to is in {@code consumes}, and every topic there has a listener.
     *
     * @param listeners topic → who listens to it (listener id, group), from the service and its kits
     */
    static List<String> topics(ServiceDescription description, Map<String, List<String>> listeners) {
        List<String> faults = new ArrayList<>();
        new TreeSet<>(listeners.keySet()).forEach(topic -> {
            if (!description.consumes().contains(topic)) {
                faults.add(file(description) + ": add " + topic + " to the line `consumes:` (listened to by "
                        + String.join(", ", listeners.get(topic)) + ")");
            }
        });
        description.consumes().stream().filter(topic -> !listeners.containsKey(topic)).forEach(topic ->
                faults.add(file(description) + ": remove " + topic + " from the line `consumes:` (no @KafkaListener of"
                        + " the service or of its kits subscribes to it), or add the listener"));
        return faults;
    }

    /**
     * Every route under {@code /api/} is under one of the description's areas ({@code /api/<area>} or below), the
     * gateway's only way to reach it, and every area has a route.
     *
     * @param routes path pattern → the handler serving it (for the message)
     */
    static List<String> routes(ServiceDescription description, Map<String, String> routes) {
        List<String> faults = new ArrayList<>();
        Set<String> served = new TreeSet<>();
        new TreeSet<>(routes.keySet()).stream().filter(path -> path.startsWith(API)).forEach(path -> {
            String area = areaOf(path);
            if (description.areas().contains(area)) {
                served.add(area);
            } else {
                faults.add(file(description) + ": " + path + " (" + routes.get(path) + ") is in no area of the line"
                        + " `areas: " + description.areas() + "`: add '" + area + "' there (the gateway routes only"
                        + " described areas), or move the route under one of them");
            }
        });
        description.areas().stream().filter(area -> !served.contains(area)).forEach(area ->
                faults.add(file(description) + ": remove '" + area + "' from the line `areas:` (no route of the"
                        + " service starts with " + API + area + "), or serve it"));
        return faults;
    }

    /** {@code orgs} of {@code /api/orgs/{id}} and of {@code /api/orgs}. */
    static String areaOf(String path) {
        String rest = path.substring(API.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static String file(ServiceDescription description) {
        return description.name() + "/service.yaml";
    }
}
