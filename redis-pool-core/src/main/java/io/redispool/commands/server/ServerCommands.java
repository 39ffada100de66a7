package io.redispool.commands.server;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The commands of the server, run at once: PING, ECHO, INFO, DBSIZE, FLUSHDB, TIME,
 * CONFIG, persistence and replication role; diagnostics in {@link DiagnosticCommands},
 * connections in {@link ClientCommands}.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface ServerCommands<K, V> extends DiagnosticCommands<K, V>, ClientCommands<K, V> {

    /** PING: checks the server answers; yields "PONG". */
    default String ping() {
        return execute(builders().server().ping());
    }

    /** PING with a message: yields the message back. */
    default V ping(V message) {
        return execute(builders().server().ping(message));
    }

    /** ECHO: yields the message back. */
    default V echo(V message) {
        return execute(builders().server().echo(message));
    }

    /** INFO: the server's information and statistics, as text. */
    default String info() {
        return execute(builders().server().info());
    }

    /** INFO: one section of the server's information and statistics, as text. */
    default String info(String section) {
        return execute(builders().server().info(section));
    }

    /** INFO: several sections, as text. */
    default String info(List<String> sections) {
        return execute(builders().server().info(sections));
    }

    /** INFO as a map of each {@code name:value} line, such as {@code redis_version}. */
    default Map<String, String> infoMap() {
        return execute(builders().server().infoMap());
    }

    /** INFO of a section as a map of each {@code name:value} line. */
    default Map<String, String> infoMap(String section) {
        return execute(builders().server().infoMap(section));
    }

    /** INFO of several sections as a map of each {@code name:value} line. */
    default Map<String, String> infoMap(List<String> sections) {
        return execute(builders().server().infoMap(sections));
    }

    /** DBSIZE: the number of keys in the database. */
    default Long dbsize() {
        return execute(builders().server().dbsize());
    }

    /** FLUSHDB: deletes every key of the database. */
    default String flushdb() {
        return execute(builders().server().flushdb());
    }

    /** FLUSHDB ASYNC or SYNC: deletes every key of the database. */
    default String flushdb(FlushMode mode) {
        return execute(builders().server().flushdb(mode));
    }

    /** FLUSHALL: deletes every key of every database. */
    default String flushall() {
        return execute(builders().server().flushall());
    }

    /** FLUSHALL ASYNC or SYNC: deletes every key of every database. */
    default String flushall(FlushMode mode) {
        return execute(builders().server().flushall(mode));
    }

    /** SWAPDB: exchanges two databases for every client. */
    default String swapdb(long index1, long index2) {
        return execute(builders().server().swapdb(index1, index2));
    }

    /** TIME: the server's clock, to the microsecond. */
    default Instant time() {
        return execute(builders().server().time());
    }

    /** LASTSAVE: when the last successful save to disk ended. */
    default Instant lastsave() {
        return execute(builders().server().lastsave());
    }

    /** SAVE: writes the dataset to disk before replying. */
    default String save() {
        return execute(builders().server().save());
    }

    /** BGSAVE: starts writing the dataset to disk in the background. */
    default String bgsave() {
        return execute(builders().server().bgsave());
    }

    /**
     * BGSAVE SCHEDULE: starts a background save now, or once an AOF rewrite in progress
     * ends.
     */
    default String bgsaveSchedule() {
        return execute(builders().server().bgsaveSchedule());
    }

    /** BGREWRITEAOF: starts rewriting the append-only file in the background. */
    default String bgrewriteaof() {
        return execute(builders().server().bgrewriteaof());
    }

    /** ROLE: the server's replication role. */
    default ServerRole role() {
        return execute(builders().server().role());
    }

    /** LOLWUT: the server's version, with art. */
    default String lolwut() {
        return execute(builders().server().lolwut());
    }

    /** LOLWUT VERSION: the art of that version. */
    default String lolwut(long version) {
        return execute(builders().server().lolwut(version));
    }

    /** CONFIG GET: the parameters matching a glob-style pattern, names to values. */
    default Map<String, String> configGet(String pattern) {
        return execute(builders().server().configGet(pattern));
    }

    /** CONFIG GET of several patterns, names to values. */
    default Map<String, String> configGet(List<String> patterns) {
        return execute(builders().server().configGet(patterns));
    }

    /** CONFIG SET of one parameter. */
    default String configSet(String parameter, String value) {
        return execute(builders().server().configSet(parameter, value));
    }

    /** CONFIG SET of several parameters at once: all are set, or none. */
    default String configSet(Map<String, String> parameters) {
        return execute(builders().server().configSet(parameters));
    }

    /** CONFIG RESETSTAT: resets the statistics INFO reports. */
    default String configResetstat() {
        return execute(builders().server().configResetstat());
    }

    /** CONFIG REWRITE: writes the running configuration to the server's config file. */
    default String configRewrite() {
        return execute(builders().server().configRewrite());
    }

    /** CONFIG HELP: the server's help text, line by line. */
    default List<String> configHelp() {
        return execute(builders().server().configHelp());
    }

}
