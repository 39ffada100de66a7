/**
 * Auto-configuration of client-side caching over the auto-configured client.
 */
package io.redispool.spring.autoconfigure.clientcache;
