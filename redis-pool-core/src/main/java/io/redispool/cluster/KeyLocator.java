package io.redispool.cluster;

import io.redispool.command.Command;
import io.redispool.command.KeySpec;
import io.redispool.command.KeySpec.AfterKeyword;
import io.redispool.command.KeySpec.AtIndex;
import io.redispool.command.KeySpec.KeyNum;
import io.redispool.command.KeySpec.Range;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds where a command's keys are among its arguments from the command table's key
 * specifications, the way the server's own {@code COMMAND GETKEYS} does, so that any
 * command, typed or given as words, is routed by its keys.
 *
 * <p>
 * A spec the server cannot describe (SORT's BY and STORE) is skipped, and so is one whose
 * keyword is absent or whose count runs past the arguments: the command is then routed by
 * the keys that are known, and the server answers {@code CROSSSLOT} or {@code MOVED} if
 * that was wrong.
 */
final class KeyLocator {

    private KeyLocator() {
    }

    /**
     * The argument positions of the command's keys, in the order of its key specs.
     * @param command the command
     * @return the positions, counted from the command's name at 0; empty for a keyless
     * command
     */
    static List<Integer> positions(Command<?> command) {
        byte[][] arguments = command.arguments();
        List<Integer> positions = new ArrayList<>();
        for (KeySpec spec : command.spec().keySpecs()) {
            int first = begin(spec.begin(), arguments);
            if (first > 0) {
                addKeys(spec.find(), first, arguments, positions);
            }
        }
        return positions;
    }

    /**
     * The slot shared by every key of the command.
     * @param command the command
     * @return the slot, or -1 for a command without keys
     * @throws CrossSlotException if its keys are in different slots
     */
    static int slot(Command<?> command) {
        int slot = -1;
        for (int position : positions(command)) {
            int keySlot = HashSlot.of(command.arguments()[position]);
            if (slot >= 0 && keySlot != slot) {
                throw new CrossSlotException(command.name());
            }
            slot = keySlot;
        }
        return slot;
    }

    private static int begin(KeySpec.BeginSearch begin, byte[][] arguments) {
        if (begin instanceof AtIndex index) {
            return index.index();
        }
        if (begin instanceof AfterKeyword keyword) {
            byte[] word = keyword.keyword().getBytes(StandardCharsets.UTF_8);
            int start = (keyword.startFrom() > 0) ? keyword.startFrom() : arguments.length + keyword.startFrom();
            int step = (keyword.startFrom() > 0) ? 1 : -1;
            for (int i = start; i >= 1 && i < arguments.length; i += step) {
                if (equalsIgnoreCase(arguments[i], word)) {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    private static void addKeys(KeySpec.FindKeys find, int first, byte[][] arguments, List<Integer> positions) {
        int last;
        int step;
        int start = first;
        if (find instanceof Range range) {
            step = range.keyStep();
            if (range.lastKey() >= 0) {
                last = first + range.lastKey();
            }
            else if (range.limit() == 0) {
                last = arguments.length + range.lastKey();
            }
            else {
                last = first + (arguments.length - first) / range.limit() + range.lastKey();
            }
        }
        else if (find instanceof KeyNum keyNum) {
            step = keyNum.keyStep();
            int countAt = first + keyNum.keyNumIndex();
            if (countAt >= arguments.length) {
                return;
            }
            long count;
            try {
                count = Long.parseLong(new String(arguments[countAt], StandardCharsets.US_ASCII));
            }
            catch (NumberFormatException ex) {
                return;
            }
            start = first + keyNum.firstKey();
            last = (int) Math.min(start + count - 1, Integer.MAX_VALUE);
        }
        else {
            return;
        }
        if (step < 1 || last >= arguments.length) {
            return;
        }
        for (int i = start; i <= last; i += step) {
            positions.add(i);
        }
    }

    private static boolean equalsIgnoreCase(byte[] argument, byte[] keyword) {
        if (argument.length != keyword.length) {
            return false;
        }
        for (int i = 0; i < argument.length; i++) {
            if (Character.toUpperCase(argument[i]) != keyword[i]) {
                return false;
            }
        }
        return true;
    }

}
