package io.redispool.commands.string;

/**
 * Every test of {@link StringCommandsTests} again over RESP3: the typed commands must
 * return the same Java values whichever protocol the connection speaks.
 */
class StringCommandsResp3Tests extends StringCommandsTests {

    @Override
    String withProtocol(String url) {
        return url + "?protocol=3";
    }

}
