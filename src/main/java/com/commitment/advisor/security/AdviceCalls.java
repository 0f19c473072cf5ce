package com.commitment.advisor.security;

import jakarta.servlet.http.HttpServletRequest;

/** The two calls that run the engine: {@code POST /api/v1/advice} and {@code POST /api/v1/deals/{id}/advice}. */
final class AdviceCalls {

    private AdviceCalls() {
    }

    static boolean is(HttpServletRequest request) {
        String path = request.getRequestURI();
        return "POST".equals(request.getMethod())
                && (path.equals("/api/v1/advice") || path.startsWith("/api/v1/deals/") && path.endsWith("/advice"));
    }
}
