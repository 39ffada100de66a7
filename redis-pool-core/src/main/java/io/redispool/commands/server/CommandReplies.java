package io.redispool.commands.server;

import io.redispool.command.ReplyDecoder;
import io.redispool.command.ReplyDecoders;
import io.redispool.command.ReplyFields;
import io.redispool.protocol.RespReply;
import io.redispool.protocol.RespReply.IntegerReply;
import io.redispool.protocol.RespReply.NullReply;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decodes the replies of COMMAND, COMMAND INFO, COMMAND DOCS and COMMAND GETKEYSANDFLAGS,
 * the server's description of its own commands.
 */
final class CommandReplies {

    /**
     * COMMAND and COMMAND INFO; {@code null} in place of a command the server does not
     * know.
     */
    static final ReplyDecoder<List<CommandDetail>> DETAILS = ReplyDecoders.list(CommandReplies::detail);

    /** COMMAND DOCS, by command name. */
    static final ReplyDecoder<Map<String, CommandDocs>> DOCS = CommandReplies::docsByName;

    private CommandReplies() {
    }

    /**
     * COMMAND GETKEYSANDFLAGS: each key with its flags.
     */
    static <K> ReplyDecoder<List<KeyFlags<K>>> keyFlags(ReplyDecoder<K> key) {
        return ReplyDecoders.list((reply) -> {
            List<RespReply> pair = ReplyDecoders.elements(reply);
            return new KeyFlags<>(key.decode(pair.get(0)), words(pair.get(1)));
        });
    }

    private static CommandDetail detail(RespReply reply) {
        if (reply instanceof NullReply) {
            return null;
        }
        List<RespReply> parts = ReplyDecoders.elements(reply);
        if (parts.size() < 10) {
            throw ReplyDecoders.unexpected("a command description of ten elements", reply);
        }
        List<CommandDetail.KeySpec> keySpecs = new ArrayList<>();
        for (RespReply each : ReplyDecoders.elements(parts.get(8))) {
            keySpecs.add(keySpec(ReplyFields.of(each)));
        }
        return new CommandDetail(ReplyFields.text(parts.get(0)), integer(parts.get(1)), words(parts.get(2)),
                integer(parts.get(3)), integer(parts.get(4)), integer(parts.get(5)), words(parts.get(6)),
                words(parts.get(7)), Collections.unmodifiableList(keySpecs), DETAILS.decode(parts.get(9)));
    }

    private static CommandDetail.KeySpec keySpec(ReplyFields spec) {
        ReplyFields begin = ReplyFields.of(spec.get("begin_search"));
        ReplyFields find = ReplyFields.of(spec.get("find_keys"));
        return new CommandDetail.KeySpec(words(spec.get("flags")), spec.text("notes"), begin.text("type"),
                values(begin.get("spec")), find.text("type"), values(find.get("spec")));
    }

    private static Map<String, Object> values(RespReply reply) {
        ReplyFields fields = ReplyFields.of(reply);
        Map<String, Object> values = new LinkedHashMap<>();
        for (String name : fields.names()) {
            RespReply value = fields.get(name);
            values.put(name,
                    (value instanceof IntegerReply integer) ? (Object) integer.value() : ReplyFields.text(value));
        }
        return Collections.unmodifiableMap(values);
    }

    private static Map<String, CommandDocs> docsByName(RespReply reply) {
        ReplyFields byName = ReplyFields.of(reply);
        Map<String, CommandDocs> docs = new LinkedHashMap<>();
        for (String name : byName.names()) {
            docs.put(name, docs(ReplyFields.of(byName.get(name))));
        }
        return Collections.unmodifiableMap(docs);
    }

    private static CommandDocs docs(ReplyFields docs) {
        List<CommandDocs.Change> history = new ArrayList<>();
        for (RespReply each : docs.array("history")) {
            List<RespReply> change = ReplyDecoders.elements(each);
            history.add(new CommandDocs.Change(ReplyFields.text(change.get(0)), ReplyFields.text(change.get(1))));
        }
        Map<String, CommandDocs> subcommands = docs.has("subcommands") ? docsByName(docs.get("subcommands")) : Map.of();
        return new CommandDocs(docs.text("summary"), docs.text("since"), docs.text("group"), docs.text("complexity"),
                docs.has("doc_flags") ? words(docs.get("doc_flags")) : Set.of(), docs.text("deprecated_since"),
                docs.text("replaced_by"), Collections.unmodifiableList(history), arguments(docs.array("arguments")),
                subcommands);
    }

    private static List<CommandDocs.Argument> arguments(List<RespReply> replies) {
        List<CommandDocs.Argument> arguments = new ArrayList<>(replies.size());
        for (RespReply each : replies) {
            ReplyFields argument = ReplyFields.of(each);
            arguments.add(new CommandDocs.Argument(argument.text("name"), argument.text("type"), argument.text("token"),
                    argument.text("display_text"), argument.text("since"),
                    argument.has("flags") ? words(argument.get("flags")) : Set.of(),
                    arguments(argument.array("arguments"))));
        }
        return Collections.unmodifiableList(arguments);
    }

    private static Set<String> words(RespReply reply) {
        Set<String> words = new LinkedHashSet<>();
        List<RespReply> elements = ReplyDecoders.elements(reply);
        if (elements != null) {
            elements.forEach((word) -> words.add(ReplyFields.text(word)));
        }
        return Collections.unmodifiableSet(words);
    }

    private static long integer(RespReply reply) {
        return ReplyDecoders.INTEGER.decode(reply);
    }

}
