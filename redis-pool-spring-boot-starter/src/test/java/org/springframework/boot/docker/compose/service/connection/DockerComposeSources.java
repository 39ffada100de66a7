package org.springframework.boot.docker.compose.service.connection;

import org.springframework.boot.docker.compose.core.RunningService;
import org.springframework.core.env.Environment;

/**
 * Makes the source Spring Boot gives connection details factories for a running service,
 * whose constructor only Boot's package may call; Docker does not run in this build.
 */
public final class DockerComposeSources {

    private DockerComposeSources() {
    }

    public static DockerComposeConnectionSource of(RunningService service, Environment environment) {
        return new DockerComposeConnectionSource(service, environment);
    }

}
