package io.redispool.commands.scripting;

/**
 * Every test of {@link ScriptingCommandsTests} again over RESP3: the typed commands must
 * return the same Java values whichever protocol the connection speaks.
 */
class ScriptingCommandsResp3Tests extends ScriptingCommandsTests {

    @Override
    String withProtocol(String url) {
        return url + "?protocol=3";
    }

}
