package io.redispool.connection;

import io.redispool.RedisAuthenticationException;
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
 * Sets a fresh connection up: AUTH, SELECT and CLIENT SETNAME, as configured.
 *
 * <p>
 * All three go out in one write and their replies come back in one round trip. Each
 * refusal becomes an exception that names the setting to fix, never a generic I/O error.
 */
final class ConnectionHandshake {

    private static final CommandSpec AUTH = CommandTable.get().spec("auth");

    private static final CommandSpec SELECT = CommandTable.get().spec("select");

    private static final CommandSpec CLIENT_SETNAME = CommandTable.get().spec("client|setname");

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
        if (this.config.password() != null) {
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
        if (this.config.clientName() != null) {
            Command<String> setName = CommandArgs.of(CLIENT_SETNAME, 1)
                .add(this.config.clientName().getBytes(charset))
                .build(ReplyDecoders.STATUS);
            steps.add(new Step(setName, (message) -> setupFailure(message, "CLIENT SETNAME", "client-name")));
        }
        return steps;
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

    private record Step(Command<String> command, Function<String, RedisServerException> onError) {

        RedisServerException failure(String message) {
            return this.onError.apply(message);
        }
    }

}
