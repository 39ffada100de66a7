package io.redispool.commands.scripting;

import io.redispool.command.ReplyDecoder;
import io.redispool.command.ReplyDecoders;
import io.redispool.command.ReplyFields;
import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespReply.NullReply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decodes the replies of FUNCTION LIST and FUNCTION STATS by field name.
 */
final class FunctionReplies {

    /** FUNCTION LIST. */
    static final ReplyDecoder<List<LibraryInfo>> LIBRARIES = ReplyDecoders.list(FunctionReplies::library);

    /** FUNCTION STATS. */
    static final ReplyDecoder<FunctionStats> STATS = FunctionReplies::stats;

    private FunctionReplies() {
    }

    private static LibraryInfo library(RespReply reply) {
        ReplyFields library = ReplyFields.of(reply);
        List<FunctionInfo> functions = new ArrayList<>();
        for (RespReply each : library.array("functions")) {
            ReplyFields function = ReplyFields.of(each);
            Set<String> flags = new LinkedHashSet<>();
            function.array("flags").forEach((flag) -> flags.add(ReplyFields.text(flag)));
            functions.add(new FunctionInfo(function.text("name"), function.text("description"),
                    Collections.unmodifiableSet(flags)));
        }
        return new LibraryInfo(library.text("library_name"), library.text("engine"),
                Collections.unmodifiableList(functions), library.text("library_code"));
    }

    private static FunctionStats stats(RespReply reply) {
        ReplyFields stats = ReplyFields.of(reply);
        RespReply script = stats.get("running_script");
        FunctionStats.Running running = null;
        if (!(script instanceof NullReply)) {
            ReplyFields fields = ReplyFields.of(script);
            List<String> command = new ArrayList<>();
            fields.array("command").forEach((word) -> command.add(ReplyFields.text(word)));
            running = new FunctionStats.Running(fields.text("name"), Collections.unmodifiableList(command),
                    Duration.ofMillis(fields.integer("duration_ms")));
        }
        Map<String, FunctionStats.Engine> engines = new LinkedHashMap<>();
        ReplyFields byEngine = ReplyFields.of(stats.get("engines"));
        for (String engine : byEngine.names()) {
            ReplyFields counts = ReplyFields.of(byEngine.get(engine));
            engines.put(engine,
                    new FunctionStats.Engine(counts.integer("libraries_count"), counts.integer("functions_count")));
        }
        return new FunctionStats(running, Collections.unmodifiableMap(engines));
    }

}
