package io.redispool.commands.sortedset;

import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.command.Keyword;
import java.util.List;

/**
 * The options of ZINTER, ZUNION, ZINTERSTORE and ZUNIONSTORE: a weight per input set
 * (WEIGHTS), and how the weighted scores of a member are combined (AGGREGATE SUM, MIN or
 * MAX).
 *
 * <p>
 * Immutable; each method returns a new instance. Weights are checked against the keys
 * when the command is built: there must be exactly one per key.
 */
public final class ZAggregateOptions {

    private static final ZAggregateOptions NONE = new ZAggregateOptions(List.of(), null);

    private final List<Double> weights;

    private final Keyword aggregate;

    private ZAggregateOptions(List<Double> weights, Keyword aggregate) {
        this.weights = weights;
        this.aggregate = aggregate;
    }

    /**
     * No options: weights of 1, scores summed.
     * @return the empty options
     */
    public static ZAggregateOptions none() {
        return NONE;
    }

    /**
     * Multiplies each input set's scores by its weight (WEIGHTS).
     * @param weights one per key, in the keys' order
     * @return options with the weights
     * @throws IllegalArgumentException if there are none or one is NaN
     * @throws IllegalStateException if weights are already set
     */
    public ZAggregateOptions weights(double... weights) {
        if (!this.weights.isEmpty()) {
            throw new IllegalStateException("Weights are already set (" + this.weights + ")");
        }
        if (weights.length == 0) {
            throw new IllegalArgumentException("'weights' must hold at least one weight but was empty");
        }
        Double[] boxed = new Double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            if (Double.isNaN(weights[i])) {
                throw new IllegalArgumentException("'weights' must be numbers but weight " + i + " was NaN");
            }
            boxed[i] = weights[i];
        }
        return new ZAggregateOptions(List.of(boxed), this.aggregate);
    }

    /**
     * Adds a member's weighted scores (AGGREGATE SUM), as the server does by default.
     * @return options with the aggregate
     * @throws IllegalStateException if an aggregate is already set
     */
    public ZAggregateOptions aggregateSum() {
        return withAggregate(Keyword.SUM);
    }

    /**
     * Keeps a member's lowest weighted score (AGGREGATE MIN).
     * @return options with the aggregate
     * @throws IllegalStateException if an aggregate is already set
     */
    public ZAggregateOptions aggregateMin() {
        return withAggregate(Keyword.MIN);
    }

    /**
     * Keeps a member's highest weighted score (AGGREGATE MAX).
     * @return options with the aggregate
     * @throws IllegalStateException if an aggregate is already set
     */
    public ZAggregateOptions aggregateMax() {
        return withAggregate(Keyword.MAX);
    }

    private ZAggregateOptions withAggregate(Keyword wanted) {
        if (this.aggregate != null) {
            throw new IllegalStateException("An aggregate is already set (" + this.aggregate + ")");
        }
        return new ZAggregateOptions(this.weights, wanted);
    }

    void appendTo(CommandArgs args, CommandSpec spec, int keys) {
        if (!this.weights.isEmpty()) {
            if (this.weights.size() != keys) {
                throw new IllegalArgumentException(spec.displayName() + " needs one weight per key but got "
                        + this.weights.size() + " weight(s) for " + keys + " key(s)");
            }
            args.add(Keyword.WEIGHTS);
            for (double weight : this.weights) {
                args.add(weight);
            }
        }
        if (this.aggregate != null) {
            args.add(Keyword.AGGREGATE).add(this.aggregate);
        }
    }

    @Override
    public String toString() {
        return "ZAggregateOptions[weights=" + this.weights + ", aggregate=" + this.aggregate + "]";
    }

}
