package io.redispool.commands.server;

/**
 * Every test of {@link DiagnosticCommandsTests} again over RESP3: the typed commands must
 * return the same Java values whichever protocol the connection speaks.
 */
class DiagnosticCommandsResp3Tests extends DiagnosticCommandsTests {

    @Override
    String withProtocol(String url) {
        return url + "?protocol=3";
    }

}
