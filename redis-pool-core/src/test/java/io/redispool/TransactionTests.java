package io.redispool;

import static io.redispool.pool.PoolAssertions.assertAtRest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.redispool.command.Command;
import io.redispool.command.ReplyDecoders;
import io.redispool.commands.Commands;
import io.redispool.execution.Response;
import io.redispool.execution.Transaction;
import io.redispool.testing.RedisServerExtension;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * MULTI/EXEC and WATCH against a real server, on a pool of one connection so that any
 * state left behind would reach the next caller.
 */
class TransactionTests {

    @RegisterExtension
    static final RedisServerExtension redis = RedisServerExtension.create();

    private static final Commands<String, String> commands = Commands.utf8();

    private RedisClient client;

    private RedisClient other;

    @BeforeEach
    void connect() {
        this.client = RedisClient
            .create(RedisClientConfig.builder().url(redis.server().url()).maxConnections(1).build());
        this.other = RedisClient.create(redis.server().url());
        this.other.execute("FLUSHALL");
    }

    @AfterEach
    void close() {
        this.client.close();
        this.other.close();
    }

    @Test
    void queuedCommandsRunTogetherEachWithItsOwnReplyOrError() {
        this.other.commands().set("text", "not a number");
        Transaction transaction = this.client.multi();
        Response<Long> counted = transaction.add(commands.strings().incr("counter"));
        Response<Long> wrongType = transaction.add(commands.strings().incr("text"));
        Response<String> read = transaction.add(commands.strings().get("counter"));
        assertThat(transaction.exec()).isTrue();
        assertThat(counted.get()).isEqualTo(1L);
        assertThatExceptionOfType(RedisServerException.class).isThrownBy(wrongType::get)
            .withMessageContaining("not an integer");
        assertThat(read.get()).isEqualTo("1");
        assertAtRest(this.client.pool());
    }

    @Test
    void commandTheServerRefusesToQueueAbortsTheWholeTransactionTyped() {
        Transaction transaction = this.client.multi();
        Response<Long> counted = transaction.add(commands.strings().incr("counter"));
        Response<Object> malformed = transaction
            .add(Command.of(new byte[][] { "INCR".getBytes() }, ReplyDecoders.genericBinary()));
        assertThatExceptionOfType(RedisExecAbortException.class).isThrownBy(transaction::exec)
            .satisfies((ex) -> assertThat(ex.getSuppressed()).singleElement()
                .extracting(Throwable::getMessage)
                .asString()
                .contains("wrong number of arguments"));
        assertThatExceptionOfType(RedisServerException.class).isThrownBy(malformed::get)
            .withMessageContaining("wrong number of arguments");
        assertThat(counted.hasReply()).isFalse();
        assertThat(this.other.commands().get("counter")).as("nothing ran").isNull();
        assertThat(this.client.commands().ping()).as("the connection is clean").isEqualTo("PONG");
        assertAtRest(this.client.pool());
    }

    @Test
    void watchedKeyChangedByAnotherClientReRunsTheWork() {
        this.other.commands().set("balance", "100");
        AtomicInteger attempts = new AtomicInteger();
        long left = this.client.transaction(List.of("balance"), 3, (scope, transaction) -> {
            long balance = Long.parseLong(scope.get("balance"));
            if (attempts.incrementAndGet() == 1) {
                this.other.commands().incrby("balance", 50);
            }
            transaction.add(commands.strings().set("balance", Long.toString(balance - 30)));
            return balance - 30;
        });
        assertThat(attempts).hasValue(2);
        assertThat(left).isEqualTo(120L);
        assertThat(this.other.commands().get("balance")).isEqualTo("120");
        assertAtRest(this.client.pool());
    }

    @Test
    void transactionAbortedOnEveryAttemptSaysSoAndLeavesTheConnectionUnwatched() {
        this.other.commands().set("hot", "0");
        AtomicInteger attempts = new AtomicInteger();
        assertThatExceptionOfType(RedisTransactionAbortedException.class)
            .isThrownBy(() -> this.client.transaction(List.of("hot"), 3, (scope, transaction) -> {
                attempts.incrementAndGet();
                this.other.commands().incr("hot");
                transaction.add(commands.strings().set("hot", "mine"));
                return null;
            }))
            .withMessageContaining("all 3 attempt(s)");
        assertThat(attempts).hasValue(3);
        assertUnwatchedAfterAChangeTo("hot");
    }

    @Test
    void exceptionInTheWorkSendsNothingAndUnwatches() {
        this.other.commands().set("guarded", "1");
        assertThatExceptionOfType(IllegalStateException.class)
            .isThrownBy(() -> this.client.transaction(List.of("guarded"), 3, (scope, transaction) -> {
                transaction.add(commands.strings().set("guarded", "changed"));
                throw new IllegalStateException("the caller's own failure");
            }));
        assertThat(this.other.commands().get("guarded")).isEqualTo("1");
        assertUnwatchedAfterAChangeTo("guarded");
    }

    @Test
    void heldConnectionServesBlockingPopsInALoopAndRefusesRawMulti() {
        this.other.commands().rpush("jobs", List.of("a", "b", "c"));
        List<String> done = this.client.withConnection((scope) -> {
            assertThatIllegalArgumentException()
                .isThrownBy(() -> scope.execute(Command.of(new byte[][] { "MULTI".getBytes() }, ReplyDecoders.STATUS)))
                .withMessageContaining("multi()");
            assertThatIllegalArgumentException().isThrownBy(() -> scope
                .execute(Command.of(new byte[][] { "SELECT".getBytes(), "2".getBytes() }, ReplyDecoders.STATUS)));
            return List.of(pop(scope), pop(scope), pop(scope));
        });
        assertThat(done).containsExactly("a", "b", "c");
        assertAtRest(this.client.pool());
    }

    @Test
    void transactionRefusesCommandsThatCannotRunInside() {
        Transaction transaction = this.client.multi();
        assertThatIllegalArgumentException().isThrownBy(() -> transaction
            .add(Command.of(new byte[][] { "SUBSCRIBE".getBytes(), "ch".getBytes() }, ReplyDecoders.STATUS)));
        assertThatIllegalArgumentException().isThrownBy(() -> transaction
            .add(Command.of(new byte[][] { "WATCH".getBytes(), "k".getBytes() }, ReplyDecoders.STATUS)));
    }

    private static String pop(ConnectionScope<String, String> scope) {
        @SuppressWarnings("unchecked")
        List<Object> popped = (List<Object>) scope
            .execute(Command.of(new byte[][] { "BLPOP".getBytes(), "jobs".getBytes(), "1".getBytes() },
                    ReplyDecoders.generic(java.nio.charset.StandardCharsets.UTF_8)));
        return (String) popped.get(1);
    }

    /** A WATCH left on the pool's only connection would make this EXEC abort. */
    private void assertUnwatchedAfterAChangeTo(String key) {
        this.other.commands().set(key, "changed elsewhere");
        Transaction transaction = this.client.multi();
        transaction.add(commands.strings().set("unrelated", "written"));
        assertThat(transaction.exec()).isTrue();
        assertThat(this.other.commands().get("unrelated")).isEqualTo("written");
        assertAtRest(this.client.pool());
    }

}
