package io.redispool.spring.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.redispool.metrics.CommandOutcome;
import io.redispool.metrics.PoolListener;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Records a pool's timers. Called on the hot path, so each event is a map lookup at most
 * and allocates nothing once its timer exists.
 *
 * <p>
 * The {@code command} tag is bounded: the first {@code maxCommandTags} distinct names
 * that look like Redis commands get a tag of their own, the rest share {@value #OTHER},
 * because {@code RedisClient.execute(String...)} accepts any first word.
 */
final class MicrometerPoolListener implements PoolListener {

    static final String OTHER = "OTHER";

    private static final int MAX_COMMAND_LENGTH = 32;

    private static final CommandOutcome[] OUTCOMES = CommandOutcome.values();

    private final MeterRegistry registry;

    private final Tags tags;

    private final int maxCommandTags;

    private final Timer acquire;

    private final Timer creation;

    private final Timer usage;

    private final ConcurrentMap<String, CommandTimers> commands = new ConcurrentHashMap<>();

    private final CommandTimers other;

    MicrometerPoolListener(MeterRegistry registry, Tags tags, int maxCommandTags) {
        this.registry = registry;
        this.tags = tags;
        this.maxCommandTags = maxCommandTags;
        this.acquire = timer(RedisPoolMeters.ACQUIRE);
        this.creation = timer(RedisPoolMeters.CONNECTIONS_CREATION);
        this.usage = timer(RedisPoolMeters.CONNECTIONS_USAGE);
        this.other = new CommandTimers(OTHER);
    }

    @Override
    public void connectionCreated(long setupNanos) {
        this.creation.record(setupNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void connectionBorrowed(long waitNanos) {
        this.acquire.record(waitNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void connectionReleased(long heldNanos) {
        this.usage.record(heldNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void commandCompleted(String command, long durationNanos, CommandOutcome outcome) {
        commandTimers(command).get(outcome).record(durationNanos, TimeUnit.NANOSECONDS);
    }

    private CommandTimers commandTimers(String command) {
        CommandTimers timers = (command != null) ? this.commands.get(command) : null;
        if (timers != null) {
            return timers;
        }
        if (this.commands.size() >= this.maxCommandTags || !looksLikeCommand(command)) {
            return this.other;
        }
        // Racing threads may take the map a few names past the limit, never more than
        // their number.
        return this.commands.computeIfAbsent(command, CommandTimers::new);
    }

    /**
     * Names such as GET, CLIENT SETNAME (a subcommand after one space), JSON.GET or
     * FT._LIST; not keys, not whole command lines.
     */
    static boolean looksLikeCommand(String command) {
        if (command == null || command.isEmpty() || command.length() > MAX_COMMAND_LENGTH) {
            return false;
        }
        int space = command.indexOf(' ');
        if (space >= 0) {
            return space > 0 && command.indexOf(' ', space + 1) < 0 && isWord(command.substring(0, space))
                    && isWord(command.substring(space + 1));
        }
        return isWord(command);
    }

    private static boolean isWord(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-' || c == '|')) {
                return false;
            }
        }
        return true;
    }

    private Timer timer(RedisPoolMeters meter) {
        return Timer.builder(meter.getName())
            .description(meter.getDescription())
            .tags(this.tags)
            .register(this.registry);
    }

    /** One command's timers, one per outcome, each registered on first use. */
    private final class CommandTimers {

        private final String command;

        private final AtomicReferenceArray<Timer> timers = new AtomicReferenceArray<>(OUTCOMES.length);

        CommandTimers(String command) {
            this.command = command;
        }

        Timer get(CommandOutcome outcome) {
            Timer timer = this.timers.get(outcome.ordinal());
            if (timer == null) {
                // Registering twice returns the same timer, so a race is harmless.
                timer = Timer.builder(RedisPoolMeters.COMMANDS.getName())
                    .description(RedisPoolMeters.COMMANDS.getDescription())
                    .tags(MicrometerPoolListener.this.tags)
                    .tag(RedisPoolMeters.TagKey.COMMAND.asString(), this.command)
                    .tag(RedisPoolMeters.TagKey.OUTCOME.asString(), outcome.name().toLowerCase(Locale.ROOT))
                    .register(MicrometerPoolListener.this.registry);
                this.timers.set(outcome.ordinal(), timer);
            }
            return timer;
        }

    }

}
