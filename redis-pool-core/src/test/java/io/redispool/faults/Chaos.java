package io.redispool.faults;

import io.redispool.RedisException;
import io.redispool.testing.FaultProxy;
import io.redispool.testing.FaultProxy.Direction;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Switches a proxy's faults at random on a schedule, for the soak: every 50 to 400 ms it
 * clears the faults and applies a new one, or none.
 */
final class Chaos {

    private final FaultProxy proxy;

    private final DirectClient direct;

    private final Random random;

    private final Map<String, Integer> applied = new TreeMap<>();

    Chaos(FaultProxy proxy, DirectClient direct, Random random) {
        this.proxy = proxy;
        this.direct = direct;
        this.random = random;
    }

    /**
     * Applies faults on this thread until the time is up, then leaves the proxy cleared.
     */
    void runFor(Duration length) throws InterruptedException {
        long deadline = System.nanoTime() + length.toNanos();
        while (System.nanoTime() - deadline < 0) {
            this.proxy.clear();
            String fault = applyOne();
            this.applied.merge(fault, 1, Integer::sum);
            Thread.sleep(50 + this.random.nextInt(350));
        }
        this.proxy.clear();
    }

    /** How often each fault was applied. */
    Map<String, Integer> applied() {
        return this.applied;
    }

    private String applyOne() {
        Direction direction = this.random.nextBoolean() ? Direction.TO_CLIENT : Direction.TO_SERVER;
        switch (this.random.nextInt(11)) {
            case 0:
                int millis = this.random.nextInt(300);
                this.proxy.latency(direction, Duration.ofMillis(millis));
                return "latency";
            case 1:
                this.proxy.slice(Direction.TO_CLIENT, this.random.nextLong())
                    .slice(Direction.TO_SERVER, this.random.nextLong());
                return "slice";
            case 2:
                this.proxy.blackhole(direction);
                return "blackhole";
            case 3:
                this.proxy.reset(direction);
                return "reset";
            case 4:
                this.proxy.resetConnections();
                return "reset-connections";
            case 5:
                this.proxy.stall(direction);
                return "stall";
            case 6:
                this.proxy.cutAfter(Direction.TO_CLIENT, this.random.nextInt(200));
                return "cut";
            case 7:
                this.proxy.refuse();
                return "refuse";
            case 8:
                killClients();
                return "client-kill";
            default:
                return "none";
        }
    }

    private void killClients() {
        try {
            this.direct.killOtherClients();
        }
        catch (RedisException ex) {
            // The direct client may itself have lost a connection to an earlier kill;
            // next time.
        }
    }

}
