package io.redispool.commands.server;

/**
 * Every test of {@link ClientCommandsTests} again over RESP3: the typed commands must
 * return the same Java values whichever protocol the connection speaks.
 */
class ClientCommandsResp3Tests extends ClientCommandsTests {

    @Override
    String withProtocol(String url) {
        return url + "?protocol=3";
    }

}
