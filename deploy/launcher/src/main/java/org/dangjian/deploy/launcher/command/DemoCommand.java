package org.dangjian.deploy.launcher.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dangjian.deploy.launcher.Console;
import org.dangjian.deploy.launcher.LauncherException;
import org.dangjian.deploy.launcher.plan.Secrets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** Loads the demo data set through the import APIs (demo-data's generator; its options pass through). */
@Command(name = "demo", hidden = true)
public final class DemoCommand implements Callable<Integer> {
    @Unmatched
    List<String> options = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        Launcher launcher = Launcher.create(Console.system());
        Console console = launcher.console();
        String gateway = launcher.settings().gatewayUrl();
        if (!launcher.isRunning(launcher.lineup().gateway())
                || launcher.health().status(gateway + "/actuator/health").join() != 200) {
            throw new LauncherException("the platform is not up: run ./platform up first");
        }
        Path repository = launcher.settings().repository();
        Path jar = repository.resolve("demo-data/target/demo-data.jar");
        if (!Files.isRegularFile(jar)) {
            console.info("building the demo data generator (./mvnw -B -q -DskipTests package -pl demo-data -am)");
            Build.run(repository, List.of("./mvnw", "-B", "-q", "-DskipTests", "package", "-pl", "demo-data", "-am"),
                    "the build failed");
        }
        String password = launcher.settings().get("DJ_ADMIN_PASSWORD").or(() -> Secrets.adminPassword(launcher.run()))
                .orElseThrow(() -> new LauncherException("no admin password known: set DJ_ADMIN_PASSWORD"));
        console.info("loading the demo data through " + gateway);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--gateway=" + gateway));
        command.addAll(options);
        ProcessBuilder demo = new ProcessBuilder(command).inheritIO();
        demo.environment().put("DJ_ADMIN_PASSWORD", password);
        return demo.start().waitFor();
    }
}
