package io.redispool.spring.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.docs.MeterDocumentation;

/**
 * A {@link MeterDocumentation} that answers from one {@link MeterDescription}.
 *
 * <p>
 * Why: the meter enums of the starter each held the same four fields and getters; they
 * now keep their constants and tags and read the rest from here.
 */
public interface DescribedMeter extends MeterDocumentation {

    /**
     * The name, type, base unit and description of this meter.
     * @return the meter's description
     */
    MeterDescription meterDescription();

    @Override
    default String getName() {
        return meterDescription().name();
    }

    @Override
    default Meter.Type getType() {
        return meterDescription().type();
    }

    /**
     * The base unit; for timers, the unit they are exported in by registries that use
     * seconds.
     * @return the base unit
     */
    @Override
    default String getBaseUnit() {
        return meterDescription().baseUnit();
    }

    /**
     * The description set on the meter and shown in the docs.
     * @return one sentence
     */
    default String getDescription() {
        return meterDescription().description();
    }

}
