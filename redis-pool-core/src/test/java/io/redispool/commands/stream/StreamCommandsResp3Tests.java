package io.redispool.commands.stream;

/**
 * Every test of {@link StreamCommandsTests} again over RESP3: the typed commands must
 * return the same Java values whichever protocol the connection speaks.
 */
class StreamCommandsResp3Tests extends StreamCommandsTests {

    @Override
    String withProtocol(String url) {
        return url + "?protocol=3";
    }

}
