package io.redispool.sample;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Applies the {@link RateLimiter} to each request it is registered for, and tells the
 * client where it stands with {@code X-RateLimit-*} headers.
 */
@Component
final class RateLimitInterceptor implements HandlerInterceptor {

    private final RateLimiter rateLimiter;

    RateLimitInterceptor(RateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        RateLimiter.Decision decision = this.rateLimiter.tryAcquire(ClientIds.of(request));
        response.setHeader("X-RateLimit-Limit", Integer.toString(decision.limit()));
        response.setHeader("X-RateLimit-Remaining", Long.toString(decision.remaining()));
        response.setHeader("X-RateLimit-Reset", Long.toString(decision.resetSeconds()));
        if (!decision.allowed()) {
            throw new RateLimitExceededException(decision);
        }
        return true;
    }

    /**
     * A client went over its limit; answered with 429 Too Many Requests.
     */
    static final class RateLimitExceededException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient RateLimiter.Decision decision;

        RateLimitExceededException(RateLimiter.Decision decision) {
            super("Rate limit of " + decision.limit() + " requests exceeded; retry in " + decision.resetSeconds()
                    + "s");
            this.decision = decision;
        }

        RateLimiter.Decision decision() {
            return this.decision;
        }

    }

}
