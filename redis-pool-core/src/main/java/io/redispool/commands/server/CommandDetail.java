package io.redispool.commands.server;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What COMMAND INFO says of a command: its arity, flags, key positions, ACL categories,
 * tips, key specifications and subcommands.
 *
 * @param name the command's name in lower case; a subcommand is {@code container|sub}
 * @param arity the argument count including the name; negative means at least that many
 * @param flags such as {@code readonly}, {@code fast}
 * @param firstKey the position of the first key, 0 for none
 * @param lastKey the position of the last key, negative counts from the end
 * @param step the step between keys
 * @param aclCategories such as {@code @read}
 * @param tips such as {@code nondeterministic_output}
 * @param keySpecs where the command finds its keys
 * @param subcommands its subcommands, such as XINFO's
 */
public record CommandDetail(String name, long arity, Set<String> flags, long firstKey, long lastKey, long step,
        Set<String> aclCategories, Set<String> tips, List<KeySpec> keySpecs, List<CommandDetail> subcommands) {

    /**
     * One key specification.
     *
     * @param flags such as {@code RW}, {@code access}
     * @param notes the server's notes, or {@code null}
     * @param beginSearch how the search for the first key starts: {@code index} or
     * {@code keyword}
     * @param beginSearchSpec its parameters, such as {@code index=1}
     * @param findKeys how the keys are found from there: {@code range} or {@code keynum}
     * @param findKeysSpec its parameters, such as {@code lastkey=0, keystep=1, limit=0}
     */
    public record KeySpec(Set<String> flags, String notes, String beginSearch, Map<String, Object> beginSearchSpec,
            String findKeys, Map<String, Object> findKeysSpec) {
    }
}
