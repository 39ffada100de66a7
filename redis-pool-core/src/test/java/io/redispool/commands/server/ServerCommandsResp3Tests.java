package io.redispool.commands.server;

/**
 * Every test of {@link ServerCommandsTests} again over RESP3: the typed commands must
 * return the same Java values whichever protocol the connection speaks.
 */
class ServerCommandsResp3Tests extends ServerCommandsTests {

    @Override
    String withProtocol(String url) {
        return url + "?protocol=3";
    }

}
