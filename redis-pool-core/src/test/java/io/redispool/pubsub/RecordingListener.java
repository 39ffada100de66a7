package io.redispool.pubsub;

import io.redispool.RedisException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Records every call a subscriber makes as one line of text, with the thread it came on.
 */
class RecordingListener implements MessageListener<String, String> {

    final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    final BlockingQueue<String> threads = new LinkedBlockingQueue<>();

    @Override
    public void message(String channel, String message) {
        record("message " + channel + " " + message);
    }

    @Override
    public void pmessage(String pattern, String channel, String message) {
        record("pmessage " + pattern + " " + channel + " " + message);
    }

    @Override
    public void smessage(String shardChannel, String message) {
        record("smessage " + shardChannel + " " + message);
    }

    @Override
    public void subscribed(SubscriptionKind kind, String name, long count) {
        record("subscribed " + kind + " " + name + " " + count);
    }

    @Override
    public void unsubscribed(SubscriptionKind kind, String name, long count) {
        record("unsubscribed " + kind + " " + name + " " + count);
    }

    @Override
    public void disconnected(RedisException cause) {
        record("disconnected");
    }

    @Override
    public void resubscribed() {
        record("resubscribed");
    }

    @Override
    public void dropped(long count) {
        record("dropped " + count);
    }

    private void record(String event) {
        this.threads.add(Thread.currentThread().getName());
        this.events.add(event);
    }

    /** The next event, failing if none comes within ten seconds. */
    String next() throws InterruptedException {
        String event = this.events.poll(10, TimeUnit.SECONDS);
        if (event == null) {
            throw new AssertionError("No event within 10s");
        }
        return event;
    }

    /** The next events up to and including the first that starts with a prefix. */
    List<String> until(String prefix) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        String event;
        do {
            event = next();
            seen.add(event);
        }
        while (!event.startsWith(prefix));
        return seen;
    }

    /** Whether nothing more arrives for a while. */
    boolean isQuietFor(Duration duration) throws InterruptedException {
        return this.events.poll(duration.toMillis(), TimeUnit.MILLISECONDS) == null;
    }

}
