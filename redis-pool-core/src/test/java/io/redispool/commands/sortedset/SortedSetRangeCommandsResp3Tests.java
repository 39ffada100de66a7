package io.redispool.commands.sortedset;

/**
 * Every test of {@link SortedSetRangeCommandsTests} again over RESP3: the typed commands
 * must return the same Java values whichever protocol the connection speaks.
 */
class SortedSetRangeCommandsResp3Tests extends SortedSetRangeCommandsTests {

    @Override
    String withProtocol(String url) {
        return url + "?protocol=3";
    }

}
