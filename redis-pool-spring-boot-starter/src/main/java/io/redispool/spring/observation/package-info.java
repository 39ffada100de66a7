/**
 * Each command as a Micrometer {@code Observation}, named and tagged after
 * OpenTelemetry's database conventions, so that Spring Boot's tracing turns it into a
 * client span.
 */
package io.redispool.spring.observation;
