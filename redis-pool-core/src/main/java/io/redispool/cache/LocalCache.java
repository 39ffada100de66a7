package io.redispool.cache;

import io.redispool.protocol.RespReply;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * The replies a {@link ClientSideCache} holds, with the bookkeeping that keeps a stale
 * one out: every read that goes to the server is registered as pending on its key first,
 * and an invalidation of that key, a flush or a lost invalidation connection while it is
 * under way spoils it, so its reply is returned to its caller but never stored
 * (redis-py's cache does the same). Two reads that complete for the same entry both stay
 * out: the cache cannot tell which of them is the newer.
 *
 * <p>
 * One lock guards it all; the work under it is a few map operations, never I/O.
 */
final class LocalCache {

    private final int maxEntries;

    private final long timeToLiveNanos;

    /** Access order, so the eldest is the least recently used. */
    private final LinkedHashMap<CacheKey, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

    private final Map<RedisKey, Set<CacheKey>> entriesByKey = new HashMap<>();

    private final Map<RedisKey, List<PendingRead>> pending = new HashMap<>();

    private final LongAdder hits = new LongAdder();

    private final LongAdder misses = new LongAdder();

    private final LongAdder evictions = new LongAdder();

    private final LongAdder invalidations = new LongAdder();

    private final LongAdder reconnects = new LongAdder();

    /** The invalidation connection's client ID while it is up, else -1. */
    private long invalidationClientId = -1;

    private boolean everConnected;

    LocalCache(ClientSideCacheConfig config) {
        this.maxEntries = config.maxEntries();
        this.timeToLiveNanos = config.timeToLive().toNanos();
    }

    /**
     * The cached reply for a command, or {@code null} for a miss; counts either.
     */
    synchronized RespReply get(CacheKey key, long now) {
        Entry entry = this.entries.get(key);
        if (entry != null && this.timeToLiveNanos > 0 && now - entry.storedAt() > this.timeToLiveNanos) {
            remove(key);
            this.evictions.increment();
            entry = null;
        }
        if (entry == null) {
            this.misses.increment();
            return null;
        }
        this.hits.increment();
        return entry.reply();
    }

    /**
     * Registers a read about to go to the server.
     * @return the pending read, or {@code null} when invalidations cannot arrive now and
     * the read must not be cached
     */
    synchronized PendingRead begin(CacheKey key) {
        if (this.invalidationClientId < 0) {
            return null;
        }
        PendingRead read = new PendingRead(key, this.invalidationClientId);
        this.pending.computeIfAbsent(key.redisKey(), (k) -> new ArrayList<>(2)).add(read);
        return read;
    }

    /**
     * Ends a pending read, storing its reply unless something spoiled it meanwhile.
     * @param reply the reply, or {@code null} if the read failed
     */
    synchronized void complete(PendingRead read, RespReply reply, long now) {
        List<PendingRead> reads = this.pending.get(read.key().redisKey());
        if (reads != null) {
            reads.remove(read);
            if (reads.isEmpty()) {
                this.pending.remove(read.key().redisKey());
            }
        }
        if (reply == null || read.spoiled) {
            return;
        }
        if (this.entries.containsKey(read.key())) {
            remove(read.key());
            return;
        }
        this.entries.put(read.key(), new Entry(reply, now));
        this.entriesByKey.computeIfAbsent(read.key().redisKey(), (k) -> new HashSet<>(2)).add(read.key());
        Iterator<CacheKey> eldest = this.entries.keySet().iterator();
        while (this.entries.size() > this.maxEntries) {
            CacheKey victim = eldest.next();
            eldest.remove();
            unindex(victim);
            this.evictions.increment();
        }
    }

    /**
     * Drops every entry of the keys and spoils their pending reads.
     * @param keys the keys that changed
     * @param fromServer whether the server said so (counted as invalidations), rather
     * than this client's own write
     */
    synchronized void invalidate(List<RedisKey> keys, boolean fromServer) {
        for (RedisKey key : keys) {
            Set<CacheKey> cached = this.entriesByKey.remove(key);
            if (cached != null) {
                cached.forEach(this.entries::remove);
            }
            List<PendingRead> reads = this.pending.get(key);
            if (reads != null) {
                reads.forEach((read) -> read.spoiled = true);
            }
            if (fromServer) {
                this.invalidations.increment();
            }
        }
    }

    /** Drops everything and spoils every pending read, as on FLUSHALL. */
    synchronized void flush(boolean fromServer) {
        this.entries.clear();
        this.entriesByKey.clear();
        this.pending.values().forEach((reads) -> reads.forEach((read) -> read.spoiled = true));
        if (fromServer) {
            this.invalidations.increment();
        }
    }

    /** The invalidation connection is up with this client ID: reads may be cached. */
    synchronized void connected(long clientId) {
        flush(false);
        this.invalidationClientId = clientId;
        if (this.everConnected) {
            this.reconnects.increment();
        }
        this.everConnected = true;
    }

    /** The invalidation connection is gone: nothing cached can be trusted any more. */
    synchronized void disconnected() {
        this.invalidationClientId = -1;
        flush(false);
    }

    synchronized ClientSideCacheStats stats() {
        return new ClientSideCacheStats(this.hits.sum(), this.misses.sum(), this.evictions.sum(),
                this.invalidations.sum(), this.entries.size(), this.reconnects.sum(), this.invalidationClientId >= 0);
    }

    private void remove(CacheKey key) {
        this.entries.remove(key);
        unindex(key);
    }

    private void unindex(CacheKey key) {
        Set<CacheKey> siblings = this.entriesByKey.get(key.redisKey());
        if (siblings != null) {
            siblings.remove(key);
            if (siblings.isEmpty()) {
                this.entriesByKey.remove(key.redisKey());
            }
        }
    }

    private record Entry(RespReply reply, long storedAt) {
    }

    /** A read under way; spoiled under the cache's lock, read under it too. */
    static final class PendingRead {

        private final CacheKey key;

        private final long invalidationClientId;

        private boolean spoiled;

        PendingRead(CacheKey key, long invalidationClientId) {
            this.key = key;
            this.invalidationClientId = invalidationClientId;
        }

        CacheKey key() {
            return this.key;
        }

        /** Where the server must send this read's invalidation. */
        long invalidationClientId() {
            return this.invalidationClientId;
        }

    }

}
