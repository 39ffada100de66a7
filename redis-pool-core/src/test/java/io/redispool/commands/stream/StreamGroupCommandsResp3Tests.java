package io.redispool.commands.stream;

/**
 * Every test of {@link StreamGroupCommandsTests} again over RESP3: the typed commands
 * must return the same Java values whichever protocol the connection speaks.
 */
class StreamGroupCommandsResp3Tests extends StreamGroupCommandsTests {

    @Override
    String withProtocol(String url) {
        return url + "?protocol=3";
    }

}
