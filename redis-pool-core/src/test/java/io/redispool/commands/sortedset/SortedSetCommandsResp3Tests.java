package io.redispool.commands.sortedset;

/**
 * Every test of {@link SortedSetCommandsTests} again over RESP3: the typed commands must
 * return the same Java values whichever protocol the connection speaks.
 */
class SortedSetCommandsResp3Tests extends SortedSetCommandsTests {

    @Override
    String withProtocol(String url) {
        return url + "?protocol=3";
    }

}
