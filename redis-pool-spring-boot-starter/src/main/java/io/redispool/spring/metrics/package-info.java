/**
 * Micrometer meters for redis-pool clients, usable with or without Spring.
 */
package io.redispool.spring.metrics;
