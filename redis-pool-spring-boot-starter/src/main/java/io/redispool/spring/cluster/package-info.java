/**
 * What the starter adds for a Redis Cluster client: the cluster's health details and its
 * meters (each node's pool, redirections, topology refreshes).
 */
package io.redispool.spring.cluster;
