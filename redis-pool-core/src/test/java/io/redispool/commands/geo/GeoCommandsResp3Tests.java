package io.redispool.commands.geo;

/**
 * Every test of {@link GeoCommandsTests} again over RESP3: the typed commands must return
 * the same Java values whichever protocol the connection speaks.
 */
class GeoCommandsResp3Tests extends GeoCommandsTests {

    @Override
    String withProtocol(String url) {
        return url + "?protocol=3";
    }

}
