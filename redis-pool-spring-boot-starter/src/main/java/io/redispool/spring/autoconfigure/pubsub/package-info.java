/**
 * Auto-configuration of pub/sub listener beans, their meters and their health details.
 */
package io.redispool.spring.autoconfigure.pubsub;
