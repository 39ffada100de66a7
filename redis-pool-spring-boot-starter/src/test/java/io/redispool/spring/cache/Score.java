package io.redispool.spring.cache;

import java.io.Serializable;

/**
 * A cached value as applications cache them: a small serializable record.
 *
 * @param page the page
 * @param views its views
 */
record Score(String page, long views) implements Serializable {
}
