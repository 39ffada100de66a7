/**
 * Connection details for the pool from Spring Boot's service connections: a
 * Testcontainers {@code @ServiceConnection} or a Docker Compose {@code redis} service.
 */
package io.redispool.spring.autoconfigure.service;
