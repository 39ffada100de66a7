package io.redispool.cluster;

/**
 * The hash slot of a key, as Redis Cluster computes it: CRC16 (XMODEM) of the key, or of
 * its hash tag, modulo 16384.
 *
 * <p>
 * A hash tag is the part between the first <code>{</code> and the first <code>}</code>
 * after it, when that part is not empty: <code>{user}:1</code> and <code>{user}:2</code>
 * share a slot, which lets multi-key commands and transactions span them.
 */
public final class HashSlot {

    /** How many slots a cluster has. */
    public static final int COUNT = 16384;

    private static final int[] TABLE = table();

    private HashSlot() {
    }

    /**
     * The slot of a key.
     * @param key the key as sent
     * @return the slot, 0 to 16383
     */
    public static int of(byte[] key) {
        int start = 0;
        int end = key.length;
        for (int open = 0; open < key.length; open++) {
            if (key[open] == '{') {
                for (int close = open + 1; close < key.length; close++) {
                    if (key[close] == '}') {
                        if (close > open + 1) {
                            start = open + 1;
                            end = close;
                        }
                        break;
                    }
                }
                break;
            }
        }
        return crc16(key, start, end) & (COUNT - 1);
    }

    /**
     * CRC16-CCITT (XMODEM: polynomial 0x1021, initial 0), as in the cluster
     * specification.
     * @param bytes the data
     * @param from the first byte
     * @param to after the last byte
     * @return the checksum, 0 to 65535
     */
    static int crc16(byte[] bytes, int from, int to) {
        int crc = 0;
        for (int i = from; i < to; i++) {
            crc = ((crc << 8) ^ TABLE[((crc >>> 8) ^ bytes[i]) & 0xFF]) & 0xFFFF;
        }
        return crc;
    }

    private static int[] table() {
        int[] table = new int[256];
        for (int i = 0; i < 256; i++) {
            int crc = i << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = ((crc & 0x8000) != 0) ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            table[i] = crc & 0xFFFF;
        }
        return table;
    }

}
