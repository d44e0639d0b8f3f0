package io.rdpfix.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs on the build machines, so what can be checked without one is checked here:
 * the image runs as a non-root user, holds only the built app, and probes the health endpoints the
 * app serves (HealthTest).
 */
class ContainerFilesTest {
    private static List<String> lines(String file) throws Exception {
        return Files.readAllLines(Path.of(file)).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    @Test
    void imageRunsAsANonRootUserAndExposes8080() throws Exception {
        List<String> dockerfile = lines("docker/Dockerfile.jvm");
        assertTrue(dockerfile.contains("USER 185"));
        assertTrue(dockerfile.contains("EXPOSE 8080"));
        assertTrue(dockerfile.stream().anyMatch(l -> l.contains("/q/health/ready")), "health check");
    }

    @Test
    void imageCopiesOnlyTheBuiltApplication() throws Exception {
        List<String> copies = lines("docker/Dockerfile.jvm").stream().filter(l -> l.startsWith("COPY")).toList();
        assertEquals(4, copies.size());
        copies.forEach(copy -> assertTrue(copy.contains(" target/quarkus-app/"), copy));
        assertEquals(List.of("*", "!target/quarkus-app/"), lines(".dockerignore"));
    }

    /**
     * A heap that runs out can leave the JVM up with its acceptor thread dead: the process exits
     * instead, so that Docker, Kubernetes (which runs the image's entry point) or the admin restarts it.
     */
    @Test
    void everyWayToRunTheAppExitsOnOutOfMemory() throws Exception {
        assertTrue(lines("docker/Dockerfile.jvm").stream().anyMatch(l -> l.startsWith("ENTRYPOINT") && l.contains("\"-XX:+ExitOnOutOfMemoryError\"")));
        assertFalse(Files.readString(Path.of("docker/kubernetes.yml")).contains("command:"), "the manifest keeps the image's entry point");
        assertTrue(Files.readAllLines(Path.of("README.md")).stream()
                .filter(l -> l.contains("-jar target/quarkus-app/quarkus-run.jar")).allMatch(l -> l.contains("-XX:+ExitOnOutOfMemoryError")));
    }

    @Test
    void kubernetesProbesUseTheHealthEndpoints() throws Exception {
        String manifest = Files.readString(Path.of("docker/kubernetes.yml"));
        assertTrue(manifest.contains("path: /q/health/live"));
        assertTrue(manifest.contains("path: /q/health/ready"));
        assertTrue(manifest.contains("runAsNonRoot: true"));
        assertFalse(manifest.contains("latest"));
    }
}
