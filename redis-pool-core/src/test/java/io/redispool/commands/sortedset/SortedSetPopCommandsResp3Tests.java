package io.redispool.commands.sortedset;

/**
 * Every test of {@link SortedSetPopCommandsTests} again over RESP3: the typed commands
 * must return the same Java values whichever protocol the connection speaks.
 */
class SortedSetPopCommandsResp3Tests extends SortedSetPopCommandsTests {

    @Override
    String withProtocol(String url) {
        return url + "?protocol=3";
    }

}
