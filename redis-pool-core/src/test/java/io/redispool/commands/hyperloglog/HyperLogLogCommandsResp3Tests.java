package io.redispool.commands.hyperloglog;

/**
 * Every test of {@link HyperLogLogCommandsTests} again over RESP3: the typed commands
 * must return the same Java values whichever protocol the connection speaks.
 */
class HyperLogLogCommandsResp3Tests extends HyperLogLogCommandsTests {

    @Override
    String withProtocol(String url) {
        return url + "?protocol=3";
    }

}
