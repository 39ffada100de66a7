package io.redispool.commands.scripting;

import java.util.Set;

/**
 * A function of a library, as FUNCTION LIST describes it.
 *
 * @param name the function's name, as FCALL calls it
 * @param description its description, or {@code null} when it has none
 * @param flags its flags, such as {@code no-writes}
 */
public record FunctionInfo(String name, String description, Set<String> flags) {
}
