package io.redispool.sample;

import io.redispool.spring.pubsub.RedisMessageListener;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Keeps the latest announcement PUBLISHed to {@value #CHANNEL}, as every instance of the
 * application hears it: a listener bean the starter subscribes on startup.
 */
@Component
public final class Announcements implements RedisMessageListener {

    static final String CHANNEL = PageViews.PREFIX + "announcements";

    private volatile String latest;

    @Override
    public Set<String> channels() {
        return Set.of(CHANNEL);
    }

    @Override
    public void message(String channel, String message) {
        this.latest = message;
    }

    /**
     * The latest announcement heard.
     * @return the announcement, or {@code null} before the first
     */
    public String latest() {
        return this.latest;
    }

}
