package io.redispool.commands.keys;

/**
 * Every test of {@link KeyExpiryCommandsTests} again over RESP3: the typed commands must
 * return the same Java values whichever protocol the connection speaks.
 */
class KeyExpiryCommandsResp3Tests extends KeyExpiryCommandsTests {

    @Override
    String withProtocol(String url) {
        return url + "?protocol=3";
    }

}
