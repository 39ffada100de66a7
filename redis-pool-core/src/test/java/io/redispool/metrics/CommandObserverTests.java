package io.redispool.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.redispool.RedisClient;
import io.redispool.RedisServerException;
import io.redispool.testing.RedisServerExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CommandObserverTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private final RedisClient client = RedisClient.create(redis.server().url());

    private final RecordingObserver observer = new RecordingObserver();

    @AfterEach
    void close() {
        this.client.close();
    }

    @Test
    void eachCommandIsSeenFromStartToEndWithItsNameOnly() {
        this.client.observeCommands(this.observer);
        this.client.commands().set("observed:key", "secret-value");
        assertThat(this.client.commands().get("observed:key")).isEqualTo("secret-value");
        assertThat(this.observer.ended).extracting(Ended::command).containsExactly("SET", "GET");
        assertThat(this.observer.ended).allSatisfy((ended) -> {
            assertThat(ended.outcome()).isEqualTo(CommandOutcome.SUCCESS);
            assertThat(ended.error()).isNull();
        });
    }

    @Test
    void anErrorReplyEndsTheObservationWithTheExceptionTheCallerGets() {
        this.client.observeCommands(this.observer);
        this.client.commands().set("observed:string", "x");
        RedisServerException thrown = catchThrowableOfType(
                () -> this.client.commands().lpush("observed:string", List.of("y")), RedisServerException.class);
        assertThat(thrown).isNotNull();
        Ended last = this.observer.ended.stream().reduce((first, second) -> second).orElseThrow();
        assertThat(last.command()).isEqualTo("LPUSH");
        assertThat(last.outcome()).isEqualTo(CommandOutcome.ERROR);
        assertThat(last.error()).isSameAs(thrown);
    }

    @Test
    void aRefusedCommandIsNotStarted() {
        this.client.observeCommands(this.observer);
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> this.client.execute("SELECT", "2"));
        assertThat(this.observer.ended).isEmpty();
    }

    @Test
    void removingTheObserverStopsTheCalls() {
        this.client.observeCommands(this.observer);
        this.client.commands().get("observed:none");
        this.client.observeCommands(null);
        this.client.commands().get("observed:none");
        assertThat(this.observer.ended).hasSize(1);
    }

    @Test
    void concurrentCommandsEachEndTheObservationTheirOwnStartReturned() throws Exception {
        this.client.observeCommands(this.observer);
        ExecutorService executor = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                int id = thread;
                calls.add(executor.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        String key = "observed:" + id + ":" + i;
                        this.client.commands().set(key, key);
                        assertThat(this.client.commands().get(key)).isEqualTo(key);
                    }
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        }
        finally {
            executor.shutdownNow();
        }
        assertThat(this.observer.ended).hasSize(8 * 200 * 2)
            .allSatisfy((ended) -> assertThat(ended.started().thread()).isEqualTo(ended.thread()));
        assertThat(this.observer.ended).extracting(Ended::started).doesNotHaveDuplicates();
    }

    private record Started(long id, String command, Thread thread) {
    }

    private record Ended(Started started, String command, CommandOutcome outcome, Throwable error, Thread thread) {
    }

    private static final class RecordingObserver implements CommandObserver {

        private final Queue<Ended> ended = new ConcurrentLinkedQueue<>();

        private final AtomicLong ids = new AtomicLong();

        @Override
        public Object commandStarted(String command) {
            return new Started(this.ids.incrementAndGet(), command, Thread.currentThread());
        }

        @Override
        public void commandEnded(Object observation, CommandOutcome outcome, Throwable error) {
            Started started = (Started) observation;
            this.ended.add(new Ended(started, started.command(), outcome, error, Thread.currentThread()));
        }

    }

}
