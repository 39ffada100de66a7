package io.redispool.commands.hash;

/**
 * Every test of {@link HashCommandsTests} again over RESP3: the typed commands must
 * return the same Java values whichever protocol the connection speaks.
 */
class HashCommandsResp3Tests extends HashCommandsTests {

    @Override
    String withProtocol(String url) {
        return url + "?protocol=3";
    }

}
