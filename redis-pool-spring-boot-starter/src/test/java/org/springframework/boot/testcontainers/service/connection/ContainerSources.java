package org.springframework.boot.testcontainers.service.connection;

import java.util.List;
import java.util.function.Supplier;
import org.testcontainers.containers.Container;

import org.springframework.boot.origin.Origin;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;

/**
 * Makes the source Spring Boot gives connection details factories for a
 * {@code @ServiceConnection} container, whose constructor only Boot's package may call;
 * Docker does not run in this build.
 */
public final class ContainerSources {

    private ContainerSources() {
    }

    public static <C extends Container<?>> ContainerConnectionSource<C> of(String beanName, Class<C> type,
            String imageName, Supplier<C> container) {
        return new ContainerConnectionSource<>(beanName, new Origin() {
        }, type, imageName, MergedAnnotation.of(ServiceConnection.class), container, null,
                MergedAnnotations.of(List.of()));
    }

}
