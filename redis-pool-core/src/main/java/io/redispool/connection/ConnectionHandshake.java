package io.redispool.connection;

import io.redispool.RedisAuthenticationException;
import io.redispool.RedisProtocolVersionException;
import io.redispool.RedisServerException;
import io.redispool.command.Command;
import io.redispool.command.CommandArgs;
import io.redispool.command.CommandSpec;
import io.redispool.command.CommandTable;
import io.redispool.command.ReplyDecoders;
import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespReply.ErrorReply;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Sets a fresh connection up: AUTH, SELECT and CLIENT SETNAME, as configured; or, for
 * RESP3, HELLO 3 with AUTH and SETNAME inside it, then SELECT.
 *
 * <p>
 * All go out in one write and their replies come back in one round trip. Each refusal
 * becomes an exception that names the setting to fix, never a generic I/O error. A server
 * that refuses HELLO 3 is an error, not a quiet fall back to RESP2: what the user asked
 * for (RESP3's types, or client-side caching on top of them) would silently not be there.
 */
final class ConnectionHandshake {

    private static final CommandSpec AUTH = CommandTable.get().spec("auth");

    private static final CommandSpec SELECT = CommandTable.get().spec("select");

    private static final CommandSpec CLIENT_SETNAME = CommandTable.get().spec("client|setname");

    private static final CommandSpec HELLO = CommandTable.get().spec("hello");

    private final ConnectionConfig config;

    ConnectionHandshake(ConnectionConfig config) {
        this.config = config;
    }

    /**
     * Runs the configured setup commands on the connection.
     * @param connection a connection that has sent nothing yet
     * @throws RedisAuthenticationException if the server refuses the credentials or needs
     * some
     * @throws RedisServerException if SELECT or CLIENT SETNAME is refused
     * @throws RedisProtocolVersionException if the server does not speak RESP3 though
     * 'protocol' is 3
     */
    void perform(Connection connection) {
        List<Step> steps = steps();
        if (steps.isEmpty()) {
            return;
        }
        for (Step step : steps) {
            connection.write(step.command().arguments());
        }
        connection.flush();
        RuntimeException failure = null;
        for (Step step : steps) {
            RespReply reply = connection.read();
            if (failure == null && reply instanceof ErrorReply error) {
                failure = step.failure(error.message());
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private List<Step> steps() {
        List<Step> steps = new ArrayList<>(3);
        Charset charset = this.config.charset();
        if (this.config.protocol() == 3) {
            steps.add(new Step(hello(charset), this::helloFailure));
        }
        else if (this.config.password() != null) {
            CommandArgs auth = CommandArgs.of(AUTH, 2);
            if (this.config.username() != null) {
                auth.add(this.config.username().getBytes(charset));
            }
            auth.add(this.config.password().getBytes(charset));
            steps.add(new Step(auth.build(ReplyDecoders.STATUS), this::authenticationFailure));
        }
        if (this.config.database() != 0) {
            steps.add(new Step(CommandArgs.of(SELECT, 1).add(this.config.database()).build(ReplyDecoders.STATUS),
                    (message) -> setupFailure(message, "SELECT " + this.config.database(), "database")));
        }
        if (this.config.clientName() != null && this.config.protocol() != 3) {
            Command<String> setName = CommandArgs.of(CLIENT_SETNAME, 1)
                .add(this.config.clientName().getBytes(charset))
                .build(ReplyDecoders.STATUS);
            steps.add(new Step(setName, (message) -> setupFailure(message, "CLIENT SETNAME", "client-name")));
        }
        return steps;
    }

    private Command<Object> hello(Charset charset) {
        CommandArgs hello = CommandArgs.of(HELLO, 6).add(3);
        if (this.config.password() != null) {
            String user = (this.config.username() != null) ? this.config.username() : "default";
            hello.add("AUTH").add(user.getBytes(charset)).add(this.config.password().getBytes(charset));
        }
        if (this.config.clientName() != null) {
            hello.add("SETNAME").add(this.config.clientName().getBytes(charset));
        }
        return hello.build(ReplyDecoders.genericBinary());
    }

    /**
     * HELLO fails for one of three reasons: the server lacks RESP3 (NOPROTO) or HELLO
     * itself (before 6.0), the credentials, or the client name.
     */
    private RedisServerException helloFailure(String message) {
        if (message.startsWith("NOPROTO") || message.startsWith("ERR unknown command")) {
            return new RedisProtocolVersionException("The server at " + this.config.endpoint()
                    + " does not speak RESP3 (HELLO 3 was refused); set 'protocol' to 2, or use a server of version"
                    + " 6.0 or later: " + message, message);
        }
        RedisServerException typed = RedisServerException.of(message);
        if (typed instanceof RedisAuthenticationException || message.startsWith("WRONGPASS")) {
            return (this.config.password() != null) ? authenticationFailure(message) : setupFailure(message, "", "");
        }
        return new RedisServerException(
                "HELLO 3 failed on " + this.config.endpoint() + "; check 'client-name' and 'protocol': " + message,
                message);
    }

    private RedisServerException authenticationFailure(String message) {
        String user = (this.config.username() != null) ? this.config.username() : "default";
        return new RedisAuthenticationException("Authentication as user '" + user + "' failed on "
                + this.config.endpoint() + "; check 'username' and 'password': " + message, message);
    }

    private RedisServerException setupFailure(String message, String command, String property) {
        RedisServerException typed = RedisServerException.of(message);
        if (typed instanceof RedisAuthenticationException) {
            return new RedisAuthenticationException(
                    "The server at " + this.config.endpoint()
                            + " requires authentication; set 'password' (and 'username' for an ACL user): " + message,
                    message);
        }
        return new RedisServerException(
                command + " failed on " + this.config.endpoint() + "; check '" + property + "': " + message, message);
    }

    private record Step(Command<?> command, Function<String, RedisServerException> onError) {

        RedisServerException failure(String message) {
            return this.onError.apply(message);
        }
    }

}
