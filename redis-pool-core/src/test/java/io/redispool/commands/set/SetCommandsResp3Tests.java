package io.redispool.commands.set;

/**
 * Every test of {@link SetCommandsTests} again over RESP3: the typed commands must return
 * the same Java values whichever protocol the connection speaks.
 */
class SetCommandsResp3Tests extends SetCommandsTests {

    @Override
    String withProtocol(String url) {
        return url + "?protocol=3";
    }

}
