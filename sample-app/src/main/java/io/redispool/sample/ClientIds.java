package io.redispool.sample;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is calling: the {@code X-Client-Id} header, or else the remote address; made safe
 * to use inside a Redis key (bounded length, no spaces or colons).
 */
final class ClientIds {

    static final String HEADER = "X-Client-Id";

    private static final int MAX_LENGTH = 64;

    private ClientIds() {
    }

    static String of(HttpServletRequest request) {
        String header = request.getHeader(HEADER);
        return sanitize((header != null && !header.isBlank()) ? header : request.getRemoteAddr());
    }

    static String sanitize(String id) {
        if (id == null || id.isBlank()) {
            return "anonymous";
        }
        String safe = id.strip().replaceAll("[^A-Za-z0-9._@-]", "_");
        return (safe.length() > MAX_LENGTH) ? safe.substring(0, MAX_LENGTH) : safe;
    }

}
