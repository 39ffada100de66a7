package io.redispool.sample;

import io.redispool.RedisException;
import io.redispool.TooManyConnectionsException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns failures into JSON answers: 429 over the rate limit, 503 when Redis or the pool
 * cannot serve ("Too many connections" included), 400 for a bad argument, 409 for a
 * second load run.
 */
@RestControllerAdvice
final class ApiErrors {

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> rateLimited(RateLimitInterceptor.RateLimitExceededException ex) {
        RateLimiter.Decision decision = ex.decision();
        Map<String, Object> body = body("rate limit exceeded", ex);
        body.put("limit", decision.limit());
        body.put("retryAfterSeconds", decision.resetSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
            .header(HttpHeaders.RETRY_AFTER, Long.toString(decision.resetSeconds()))
            .body(body);
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> poolExhausted(TooManyConnectionsException ex) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(body("too many connections", ex));
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> redisFailed(RedisException ex) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(body("redis unavailable", ex));
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> badArgument(IllegalArgumentException ex) {
        return ResponseEntity.badRequest().body(body("bad request", ex));
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> loadRunning(LoadGenerator.LoadAlreadyRunningException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body("load already running", ex));
    }

    private static Map<String, Object> body(String error, Exception ex) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("type", ex.getClass().getSimpleName());
        body.put("message", ex.getMessage());
        return body;
    }

}
