package io.redispool.commands.scripting;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What FUNCTION STATS reports: the function running now, if any, and each engine's
 * counts.
 *
 * @param running the running function, or {@code null} when none runs
 * @param engines per engine (such as {@code LUA}), its libraries and functions
 */
public record FunctionStats(Running running, Map<String, Engine> engines) {

    /**
     * The function running now.
     *
     * @param name the function's name
     * @param command the FCALL that runs it, word by word
     * @param duration how long it has been running
     */
    public record Running(String name, List<String> command, Duration duration) {
    }

    /**
     * What one engine holds.
     *
     * @param libraries how many libraries
     * @param functions how many functions
     */
    public record Engine(long libraries, long functions) {
    }
}
