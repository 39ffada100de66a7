package io.redispool.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The command line that starts one {@link RedisServer}, and the same with its secrets
 * masked for messages.
 */
final class ServerCommand {

    private final RedisServerBinary binary;

    private final String host;

    private final Path directory;

    private final Optional<Path> unixSocket;

    private final List<Setting> settings;

    private final Optional<Path> sentinelConfig;

    ServerCommand(RedisServerBinary binary, String host, Path directory, Optional<Path> unixSocket,
            List<Setting> settings, Optional<Path> sentinelConfig) {
        this.sentinelConfig = sentinelConfig;
        this.binary = binary;
        this.host = host;
        this.directory = directory;
        this.unixSocket = unixSocket;
        this.settings = List.copyOf(settings);
    }

    /**
     * Returns the arguments that start the server on {@code port}, the executable first.
     * @param port the TCP port
     * @return the command
     */
    List<String> arguments(int port) {
        return command(port, Setting::arguments);
    }

    /**
     * Returns the command line as one string, passwords masked.
     * @param port the TCP port
     * @return the command line, safe to show
     */
    String maskedLine(int port) {
        return command(port, Setting::maskedArguments).stream()
            .map((argument) -> argument.isEmpty() ? "\"\"" : argument)
            .collect(Collectors.joining(" "));
    }

    /**
     * Masks every secret value of the settings where it occurs in {@code text}, as in a
     * line of the server's output that quotes a rejected directive.
     * @param text the text
     * @return the text, safe to show
     */
    String redact(String text) {
        String redacted = text;
        for (Setting setting : this.settings) {
            for (String secret : setting.secrets()) {
                redacted = redacted.replace(secret, Setting.MASK);
            }
        }
        return redacted;
    }

    @Override
    public String toString() {
        return this.settings.toString();
    }

    private List<String> command(int port, Function<Setting, List<String>> settingArguments) {
        List<String> command = new ArrayList<>(List.of(this.binary.path().toString()));
        // Sentinel mode needs its configuration file as the first argument.
        this.sentinelConfig.ifPresent((file) -> command.addAll(List.of(file.toString(), "--sentinel")));
        command.addAll(List.of("--port", Integer.toString(port), "--bind", this.host, "--save", "", "--appendonly",
                "no", "--dir", this.directory.toString(), "--protected-mode", "no"));
        this.unixSocket.ifPresent((socket) -> command.addAll(List.of("--unixsocket", socket.toString())));
        if (this.binary.majorVersion() >= 7) {
            // Redis 7 disables DEBUG (used to freeze or crash a server on purpose); 6.2
            // has it on
            // and rejects this directive.
            command.addAll(List.of("--enable-debug-command", "yes"));
        }
        this.settings.forEach((setting) -> command.addAll(settingArguments.apply(setting)));
        return command;
    }

}
