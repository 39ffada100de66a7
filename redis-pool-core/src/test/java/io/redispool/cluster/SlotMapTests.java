package io.redispool.cluster;

import io.redispool.connection.Endpoint;
import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespReply.ArrayReply;
import io.redispool.protocol.RespReply.BulkString;
import io.redispool.protocol.RespReply.IntegerReply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlotMapTests {

    private static final Endpoint.Tcp SEED = new Endpoint.Tcp("seed.example", 7000);

    @Test
    void shardsReplyMapsEverySlotToItsMasterAndReplicas() {
        RespReply reply = array(
                shard(new long[] { 0, 8191 }, node("10.0.0.1", 7000, "master", "online"),
                        node("10.0.0.2", 7001, "replica", "online")),
                shard(new long[] { 8192, 16000, 16001, 16383 }, node("10.0.0.3", 7002, "master", "online")));
        SlotMap map = SlotMap.fromShards(reply, SEED);
        assertThat(map.coveredSlots()).isEqualTo(16384);
        assertThat(map.shardOf(0).master()).isEqualTo(new Endpoint.Tcp("10.0.0.1", 7000));
        assertThat(map.shardOf(8191).replicas()).containsExactly(new Endpoint.Tcp("10.0.0.2", 7001));
        assertThat(map.shardOf(16383).master()).isEqualTo(new Endpoint.Tcp("10.0.0.3", 7002));
        assertThat(map.nodes()).hasSize(3);
    }

    @Test
    void failedNodesAreLeftOutAndTheirSlotsUncovered() {
        RespReply reply = array(
                shard(new long[] { 0, 99 }, node("10.0.0.1", 7000, "master", "failed"),
                        node("10.0.0.2", 7001, "replica", "online")),
                shard(new long[] { 100, 16383 }, node("10.0.0.3", 7002, "master", "online")));
        SlotMap map = SlotMap.fromShards(reply, SEED);
        assertThat(map.shardOf(50)).isNull();
        assertThat(map.coveredSlots()).isEqualTo(16284);
        assertThat(map.nodes()).containsExactly(new Endpoint.Tcp("10.0.0.3", 7002));
    }

    @Test
    void unknownEndpointStandsForTheNodeThatReplied() {
        RespReply reply = array(shard(new long[] { 0, 16383 }, nodeWithEndpoint("?", "", 7000, "master")));
        assertThat(SlotMap.fromShards(reply, SEED).shardOf(5).master())
            .isEqualTo(new Endpoint.Tcp("seed.example", 7000));
    }

    @Test
    void slotsReplyOfOlderServersIsReadToo() {
        RespReply reply = array(
                array(integer(0), integer(5000), array(bulk("10.0.0.1"), integer(7000), bulk("id1")),
                        array(bulk("10.0.0.2"), integer(7001), bulk("id2"))),
                array(integer(5001), integer(16383), array(bulk("10.0.0.3"), integer(7002), bulk("id3"))));
        SlotMap map = SlotMap.fromSlots(reply, SEED);
        assertThat(map.coveredSlots()).isEqualTo(16384);
        assertThat(map.shardOf(5000).replicas()).containsExactly(new Endpoint.Tcp("10.0.0.2", 7001));
        assertThat(map.shardOf(5001).master()).isEqualTo(new Endpoint.Tcp("10.0.0.3", 7002));
        assertThat(map.shards()).hasSize(2);
    }

    private static RespReply shard(long[] ranges, RespReply... nodes) {
        List<RespReply> slots = new ArrayList<>();
        for (long bound : ranges) {
            slots.add(integer(bound));
        }
        return array(bulk("slots"), new ArrayReply(slots), bulk("nodes"), array(nodes));
    }

    private static RespReply node(String ip, int port, String role, String health) {
        return array(bulk("id"), bulk("x"), bulk("port"), integer(port), bulk("ip"), bulk(ip), bulk("endpoint"),
                bulk(ip), bulk("role"), bulk(role), bulk("replication-offset"), integer(0), bulk("health"),
                bulk(health));
    }

    private static RespReply nodeWithEndpoint(String endpoint, String ip, int port, String role) {
        return array(bulk("port"), integer(port), bulk("ip"), bulk(ip), bulk("endpoint"), bulk(endpoint), bulk("role"),
                bulk(role), bulk("health"), bulk("online"));
    }

    private static RespReply array(RespReply... elements) {
        return new ArrayReply(List.of(elements));
    }

    private static RespReply bulk(String text) {
        return new BulkString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static RespReply integer(long value) {
        return new IntegerReply(value);
    }

}
