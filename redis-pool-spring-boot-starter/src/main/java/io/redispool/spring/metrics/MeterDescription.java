package io.redispool.spring.metrics;

import io.micrometer.core.instrument.Meter;

/**
 * What a documented meter is: its name, type, base unit and description sentence.
 *
 * @param name the meter's name, lowercase dot-separated words
 * @param type the meter's type
 * @param baseUnit the base unit; for timers, the unit registries that use seconds export
 * @param description the one sentence set on the meter and shown in the docs
 */
public record MeterDescription(String name, Meter.Type type, String baseUnit, String description) {

}
