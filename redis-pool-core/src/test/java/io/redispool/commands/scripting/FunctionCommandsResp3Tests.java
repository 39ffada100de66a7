package io.redispool.commands.scripting;

/**
 * Every test of {@link FunctionCommandsTests} again over RESP3: the typed commands must
 * return the same Java values whichever protocol the connection speaks.
 */
class FunctionCommandsResp3Tests extends FunctionCommandsTests {

    @Override
    String withProtocol(String url) {
        return url + "?protocol=3";
    }

}
