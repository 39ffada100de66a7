package io.redispool.commands.server;

import io.redispool.command.CommandArgs;
import io.redispool.command.Keyword;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Which connections CLIENT KILL closes: those matching every filter given (ID, TYPE,
 * USER, ADDR, LADDR), and whether the calling connection is spared (SKIPME, by default
 * yes).
 *
 * <p>
 * Immutable; each method returns a new instance. A filter must select something, so that
 * a kill never reaches every client by accident: building CLIENT KILL from
 * {@link #none()} alone fails.
 */
public final class ClientKillFilter {

    private static final ClientKillFilter NONE = new ClientKillFilter(null, null, null, null, null, null);

    private final Long id;

    private final ClientType type;

    private final String user;

    private final String addr;

    private final String laddr;

    private final Boolean skipMe;

    private ClientKillFilter(Long id, ClientType type, String user, String addr, String laddr, Boolean skipMe) {
        this.id = id;
        this.type = type;
        this.user = user;
        this.addr = addr;
        this.laddr = laddr;
        this.skipMe = skipMe;
    }

    /**
     * No filter yet; add at least one.
     * @return the empty filter
     */
    public static ClientKillFilter none() {
        return NONE;
    }

    /**
     * The connection with this ID, as CLIENT ID gives it (ID).
     * @param id the connection's ID
     * @return the filter
     */
    public ClientKillFilter id(long id) {
        return new ClientKillFilter(id, this.type, this.user, this.addr, this.laddr, this.skipMe);
    }

    /**
     * Connections of this kind (TYPE).
     * @param type the kind
     * @return the filter
     */
    public ClientKillFilter type(ClientType type) {
        return new ClientKillFilter(this.id, Objects.requireNonNull(type, "'type' must not be null"), this.user,
                this.addr, this.laddr, this.skipMe);
    }

    /**
     * Connections authenticated as this ACL user (USER).
     * @param user the user's name
     * @return the filter
     */
    public ClientKillFilter user(String user) {
        return new ClientKillFilter(this.id, this.type, Objects.requireNonNull(user, "'user' must not be null"),
                this.addr, this.laddr, this.skipMe);
    }

    /**
     * The connection from this client address (ADDR).
     * @param address {@code ip:port}
     * @return the filter
     */
    public ClientKillFilter addr(String address) {
        return new ClientKillFilter(this.id, this.type, this.user,
                Objects.requireNonNull(address, "'address' must not be null"), this.laddr, this.skipMe);
    }

    /**
     * Connections to this local address of the server (LADDR).
     * @param address {@code ip:port}
     * @return the filter
     */
    public ClientKillFilter laddr(String address) {
        return new ClientKillFilter(this.id, this.type, this.user, this.addr,
                Objects.requireNonNull(address, "'address' must not be null"), this.skipMe);
    }

    /**
     * Whether the calling connection is spared even if it matches (SKIPME).
     * @param skipMe {@code false} to close the calling connection too
     * @return the filter
     */
    public ClientKillFilter skipMe(boolean skipMe) {
        return new ClientKillFilter(this.id, this.type, this.user, this.addr, this.laddr, skipMe);
    }

    void appendTo(CommandArgs args) {
        if (this.id == null && this.type == null && this.user == null && this.addr == null && this.laddr == null) {
            throw new IllegalStateException("CLIENT KILL needs at least one of ID, TYPE, USER, ADDR or LADDR but got "
                    + ((this.skipMe != null) ? "only SKIPME" : "none"));
        }
        if (this.id != null) {
            args.add(Keyword.ID).add(this.id);
        }
        if (this.type != null) {
            args.add(Keyword.TYPE).add(this.type.keyword());
        }
        if (this.user != null) {
            args.add(Keyword.USER).add(this.user.getBytes(StandardCharsets.UTF_8));
        }
        if (this.addr != null) {
            args.add(Keyword.ADDR).add(this.addr);
        }
        if (this.laddr != null) {
            args.add(Keyword.LADDR).add(this.laddr);
        }
        if (this.skipMe != null) {
            args.add(Keyword.SKIPME).add(this.skipMe ? Keyword.YES : Keyword.NO);
        }
    }

    @Override
    public String toString() {
        return "ClientKillFilter[id=" + this.id + ", type=" + this.type + ", user=" + this.user + ", addr=" + this.addr
                + ", laddr=" + this.laddr + ", skipMe=" + this.skipMe + "]";
    }

}
