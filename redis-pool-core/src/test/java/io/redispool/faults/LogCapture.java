package io.redispool.faults;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Collectors;

/**
 * Records everything the client logs, at every level, through a java.util.logging handler
 * on the {@code io.redispool} logger, which is where {@link System.Logger} sends it by
 * default.
 */
final class LogCapture extends Handler implements AutoCloseable {

    private static final String ROOT = "io.redispool";

    private final Logger logger = Logger.getLogger(ROOT);

    private final Level previousLevel;

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private final SimpleFormatter formatter = new SimpleFormatter();

    private LogCapture() {
        this.previousLevel = this.logger.getLevel();
        setLevel(Level.ALL);
        this.logger.setLevel(Level.ALL);
        this.logger.addHandler(this);
    }

    /** Starts recording; close to stop. */
    static LogCapture start() {
        return new LogCapture();
    }

    @Override
    public void publish(LogRecord record) {
        this.records.add(record);
    }

    List<LogRecord> records() {
        return this.records;
    }

    /** The records at one level. */
    List<LogRecord> at(Level level) {
        return this.records.stream().filter((record) -> record.getLevel() == level).collect(Collectors.toList());
    }

    /**
     * Every record as a reader would see it: the formatted message and any stack trace,
     * causes included.
     */
    String text() {
        StringBuilder text = new StringBuilder();
        for (LogRecord record : this.records) {
            text.append(record.getLevel())
                .append(' ')
                .append(record.getLoggerName())
                .append(": ")
                .append(this.formatter.formatMessage(record))
                .append('\n');
            if (record.getThrown() != null) {
                text.append(stackTrace(record.getThrown()));
            }
        }
        return text.toString();
    }

    static String stackTrace(Throwable thrown) {
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        this.logger.removeHandler(this);
        this.logger.setLevel(this.previousLevel);
    }

}
