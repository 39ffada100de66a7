package io.redispool.command;

import java.nio.charset.StandardCharsets;

/**
 * Option words that commands take, with their bytes encoded once.
 */
enum Keyword {

    EX, PX, NX, XX, MATCH, COUNT, WITHSCORES;

    private final byte[] bytes = name().getBytes(StandardCharsets.US_ASCII);

    byte[] bytes() {
        return this.bytes;
    }
}
