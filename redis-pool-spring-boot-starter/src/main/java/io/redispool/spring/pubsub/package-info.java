/**
 * Pub/sub in a Spring application: listener beans that the starter subscribes on startup,
 * their meters and their health details.
 */
package io.redispool.spring.pubsub;
