/**
 * What Spring AOT and GraalVM native images need to know about redis-pool.
 */
package io.redispool.spring.aot;
