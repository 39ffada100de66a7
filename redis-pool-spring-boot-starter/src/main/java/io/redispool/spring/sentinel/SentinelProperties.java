package io.redispool.spring.sentinel;

import io.redispool.ReadFrom;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code redis.pool.sentinel.*} properties: which master the sentinels watch, where
 * they are, their own credentials, and whether reads go to the master's replicas.
 *
 * <p>
 * Setting {@code master} turns Sentinel on; the master's address then comes from the
 * sentinels, and {@code redis.pool.host}, {@code port} and {@code unix-socket} are not
 * used.
 */
public class SentinelProperties {

    /**
     * Name the sentinels monitor the master by; setting it connects through Sentinel.
     */
    private String master;

    /**
     * Sentinels as host:port, asked in this order.
     */
    private List<String> nodes = new ArrayList<>();

    /**
     * ACL username for AUTH on the sentinels, apart from the master's.
     */
    private String username;

    /**
     * Password for AUTH on the sentinels, apart from the master's.
     */
    private String password;

    /**
     * Which servers serve read-only commands: the master, or its healthy replicas in turn
     * when there are any.
     */
    private ReadFrom readFrom = ReadFrom.MASTER;

    public String getMaster() {
        return this.master;
    }

    public void setMaster(String master) {
        this.master = master;
    }

    public List<String> getNodes() {
        return this.nodes;
    }

    public void setNodes(List<String> nodes) {
        this.nodes = nodes;
    }

    public String getUsername() {
        return this.username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return this.password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public ReadFrom getReadFrom() {
        return this.readFrom;
    }

    public void setReadFrom(ReadFrom readFrom) {
        this.readFrom = readFrom;
    }

}
