package org.dangjian.deploy.launcher.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How one process is started: the variables of its env file (on top of the launcher's own environment,
 * which it inherits), its JVM options and its arguments.
 */
public record ProcessPlan(Member member, Map<String, String> environment, List<String> javaOptions,
                          List<String> arguments) {
    /** The variable of the env file holding the JVM options, kept so that a later start can reuse them. */
    public static final String JAVA_OPTS = "DJ_JAVA_OPTS";

    public ProcessPlan {
        environment = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(environment));
        javaOptions = List.copyOf(javaOptions);
        arguments = List.copyOf(arguments);
    }

    public List<String> command(String java) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(member.jar().toString());
        command.addAll(arguments);
        return command;
    }
}
