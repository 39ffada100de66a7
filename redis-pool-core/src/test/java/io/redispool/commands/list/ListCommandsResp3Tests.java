package io.redispool.commands.list;

/**
 * Every test of {@link ListCommandsTests} again over RESP3: the typed commands must
 * return the same Java values whichever protocol the connection speaks.
 */
class ListCommandsResp3Tests extends ListCommandsTests {

    @Override
    String withProtocol(String url) {
        return url + "?protocol=3";
    }

}
