package io.redispool.commands.bitmap;

/**
 * Every test of {@link BitmapCommandsTests} again over RESP3: the typed commands must
 * return the same Java values whichever protocol the connection speaks.
 */
class BitmapCommandsResp3Tests extends BitmapCommandsTests {

    @Override
    String withProtocol(String url) {
        return url + "?protocol=3";
    }

}
