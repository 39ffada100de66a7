package io.redispool.commands.sortedset;

/**
 * Every test of {@link SortedSetAlgebraCommandsTests} again over RESP3: the typed
 * commands must return the same Java values whichever protocol the connection speaks.
 */
class SortedSetAlgebraCommandsResp3Tests extends SortedSetAlgebraCommandsTests {

    @Override
    String withProtocol(String url) {
        return url + "?protocol=3";
    }

}
