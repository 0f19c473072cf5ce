package com.commitment.advisor.decision;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Keeps the bytes of a {@link LoggedBody} request body while Spring reads it, so the log stores the request as
 * the caller sent it (fields we ignore included), not as we understood it. A copy of at most 1 MiB per request.
 */
@ControllerAdvice
public class ReceivedBody extends RequestBodyAdviceAdapter {

    private static final String ATTRIBUTE = ReceivedBody.class.getName();

    private final DecisionSettings settings;

    ReceivedBody(DecisionSettings settings) {
        this.settings = settings;
    }

    /** The body as received, or null when there was none (or the log is off). */
    public static byte[] of(HttpServletRequest request) {
        return (byte[]) request.getAttribute(ATTRIBUTE);
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return settings.enabled() && parameter.hasParameterAnnotation(LoggedBody.class);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body = message.getBody().readAllBytes();
        RequestContextHolder.currentRequestAttributes().setAttribute(ATTRIBUTE, body, RequestAttributes.SCOPE_REQUEST);
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return message.getHeaders();
            }
        };
    }
}
