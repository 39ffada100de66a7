package io.redispool.commands.scripting;

import java.util.List;

/**
 * A library of functions, as FUNCTION LIST describes it.
 *
 * @param name the library's name
 * @param engine its engine, such as {@code LUA}
 * @param functions its functions
 * @param code its source, or {@code null} unless asked for WITHCODE
 */
public record LibraryInfo(String name, String engine, List<FunctionInfo> functions, String code) {
}
