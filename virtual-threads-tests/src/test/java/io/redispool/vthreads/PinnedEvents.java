package io.redispool.vthreads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * JFR's {@code jdk.VirtualThreadPinned} events: a virtual thread that blocked while it
 * could not leave its carrier, which then blocked with it. Recorded with no threshold, so
 * that every pinning counts however short.
 */
final class PinnedEvents {

    static final String EVENT = "jdk.VirtualThreadPinned";

    private static final String LIBRARY_PACKAGE = "io.redispool.";

    private static final String TESTS_PACKAGE = "io.redispool.vthreads.";

    private static final Path RECORDINGS = Path.of("target", "virtual-threads");

    private final List<RecordedEvent> events;

    private PinnedEvents(List<RecordedEvent> events) {
        this.events = events;
    }

    /**
     * Starts recording pinning in this JVM, with stack traces.
     * @return the recording, to pass to {@link #stop}
     */
    static Recording start() {
        Recording recording = new Recording();
        recording.enable(EVENT).withThreshold(Duration.ZERO).withStackTrace();
        recording.setToDisk(true);
        recording.start();
        return recording;
    }

    /**
     * Stops the recording, keeps it under target/ for a look with {@code jfr print}, and
     * reads it.
     */
    static PinnedEvents stop(Recording recording, String name) {
        try (recording) {
            recording.stop();
            Files.createDirectories(RECORDINGS);
            Path file = RECORDINGS.resolve(name + ".jfr");
            recording.dump(file);
            return read(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Reads the pinning events of a recording that another JVM wrote. */
    static PinnedEvents read(Path file) throws IOException {
        List<RecordedEvent> pinned = RecordingFile.readAllEvents(file)
            .stream()
            .filter((event) -> event.getEventType().getName().equals(EVENT))
            .toList();
        return new PinnedEvents(pinned);
    }

    /**
     * The events that began at or after an instant, such as the end of a warm-up: a
     * virtual thread that waits while another thread initializes a class is pinned on
     * every JDK so far, which a cold burst of virtual threads shows once per class.
     */
    PinnedEvents since(Instant start) {
        return new PinnedEvents(this.events.stream().filter((event) -> !event.getStartTime().isBefore(start)).toList());
    }

    List<RecordedEvent> all() {
        return this.events;
    }

    /**
     * The events with a frame of the library (not of these tests) on the pinned thread's
     * stack.
     */
    List<RecordedEvent> inRedisPool() {
        return this.events.stream().filter(PinnedEvents::involvesRedisPool).toList();
    }

    /**
     * The events with redis-pool frames on the stack that redis-pool's own code caused:
     * not those where the JVM was loading a class for it (the class loader's lock pins a
     * virtual thread once per class and JVM, whatever the code; see
     * docs/virtual-threads.md).
     */
    List<RecordedEvent> causedByRedisPool() {
        return inRedisPool().stream().filter((event) -> !isClassLoading(event)).toList();
    }

    /**
     * Whether the pinned frames above the first redis-pool frame are the class loader's.
     */
    private static boolean isClassLoading(RecordedEvent event) {
        for (RecordedFrame frame : event.getStackTrace().getFrames()) {
            String type = frame.getMethod().getType().getName();
            if (type.startsWith(LIBRARY_PACKAGE)) {
                return false;
            }
            if (type.equals("java.lang.ClassLoader") && frame.getMethod().getName().equals("loadClass")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every event with its reason, what blocked and its stack, for a failure message or a
     * log.
     */
    String describe(List<RecordedEvent> selected) {
        return selected.stream().map(PinnedEvents::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(RecordedEvent event) {
        String reason = event.hasField("pinnedReason") ? event.getString("pinnedReason") : "(no reason recorded)";
        String blocking = event.hasField("blockingOperation") ? event.getString("blockingOperation") : "?";
        String stack = (event.getStackTrace() == null) ? "    (no stack trace)"
                : event.getStackTrace()
                    .getFrames()
                    .stream()
                    .map((frame) -> "    at " + frame(frame))
                    .collect(Collectors.joining("\n"));
        return "pinned for " + event.getDuration().toNanos() / 1000 + "us in " + blocking + ": " + reason + "\n"
                + stack;
    }

    private static boolean involvesRedisPool(RecordedEvent event) {
        return event.getStackTrace() != null && event.getStackTrace().getFrames().stream().anyMatch((frame) -> {
            String type = frame.getMethod().getType().getName();
            return type.startsWith(LIBRARY_PACKAGE) && !type.startsWith(TESTS_PACKAGE);
        });
    }

    private static String frame(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName() + " line "
                + frame.getLineNumber();
    }

}
