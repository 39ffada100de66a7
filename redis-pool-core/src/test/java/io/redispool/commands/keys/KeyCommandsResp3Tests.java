package io.redispool.commands.keys;

/**
 * Every test of {@link KeyCommandsTests} again over RESP3: the typed commands must return
 * the same Java values whichever protocol the connection speaks.
 */
class KeyCommandsResp3Tests extends KeyCommandsTests {

    @Override
    String withProtocol(String url) {
        return url + "?protocol=3";
    }

}
