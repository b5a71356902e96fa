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

    /** The java command running this jar (the built one, or its unpacked copy) with these options added. */
    public List<String> command(String java, java.nio.file.Path jar, List<String> moreOptions) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(javaOptions);
        command.addAll(moreOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(arguments);
        return command;
    }
}
