package io.redispool.pubsub;

/**
 * Every test of {@link SubscriberTests} again over RESP3, where messages and subscription
 * confirmations arrive as push frames.
 */
class SubscriberResp3Tests extends SubscriberTests {

    @Override
    String withProtocol(String url) {
        return url + "?protocol=3";
    }

}
