package vn.motcua.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks what a call sends and what it accepts before its operation runs. Spring would find out only when it reads
 * the body or writes the answer: by then a ticket may be issued or a counter closed behind a 406, and a wildcard
 * Content-Type ends in a 500. Every answer of the API is JSON, so the rules are few: the body is application/json in
 * UTF-8 (a wildcard says nothing about what was sent: 415), and Accept must let application/json through (406). An
 * operation that takes a file instead (the province's dossier log) names its types with {@link FileBody}; its body
 * must be one of those, and text in UTF-8.
 */
class ApiRequestShape implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        // An address no operation matched says itself what was wrong with it (no such path, method or answer type).
        if (!(handler instanceof HandlerMethod method && method.getBeanType() == UnmatchedApiRequests.class)) {
            accepts(request.getHeader(HttpHeaders.ACCEPT), answerTypes(handler));
        }
        readableQuery(request);
        if (handler instanceof HandlerMethod method && readsBody(method)) {
            sendsOneOf(request, bodyTypes(method));
        }
        return true;
    }

    private static void accepts(String accept, List<MediaType> answers) throws HttpMediaTypeNotAcceptableException {
        if (accept == null || accept.isBlank()) {
            return;
        }
        try {
            List<MediaType> accepted = MediaType.parseMediaTypes(accept);
            if (accepted.stream().anyMatch(type -> type.getQualityValue() > 0
                    && answers.stream().anyMatch(type::isCompatibleWith))) {
                return;
            }
        } catch (IllegalArgumentException garbled) {
            // An Accept nobody can read lets nothing through either.
        }
        throw new HttpMediaTypeNotAcceptableException(answers);
    }

    /**
     * What an operation answers with when it succeeds: JSON, unless its mapping names other types (a dossier's PDF
     * papers). Its refusals are problem+json whatever was asked, so that type is no answer to accept on its own.
     */
    static List<MediaType> answerTypes(Object handler) {
        if (handler instanceof HandlerMethod method) {
            List<MediaType> named = Stream.of(AnnotatedElementUtils.findMergedAnnotation(method.getMethod(),
                            RequestMapping.class), AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(),
                            RequestMapping.class))
                    .filter(Objects::nonNull).flatMap(mapping -> Stream.of(mapping.produces()))
                    .map(MediaType::parseMediaType).filter(type -> !type.equals(MediaType.APPLICATION_PROBLEM_JSON))
                    .distinct().toList();
            if (!named.isEmpty()) {
                return named;
            }
        }
        return List.of(MediaType.APPLICATION_JSON);
    }

    /** The container decodes the query lazily and fails on a bad %-escape: read it now, as a client's mistake. */
    private static void readableQuery(HttpServletRequest request) {
        try {
            request.getParameterMap();
        } catch (IllegalStateException | IllegalArgumentException unreadable) {
            throw new UnreadableAddress(unreadable);
        }
    }

    private static boolean readsBody(HandlerMethod method) {
        for (var parameter : method.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return true;
            }
        }
        return false;
    }

    /** What the operation reads: JSON, unless it declares the types of the file it takes. */
    private static List<MediaType> bodyTypes(HandlerMethod method) {
        FileBody file = method.getMethodAnnotation(FileBody.class);
        return file == null ? List.of(MediaType.APPLICATION_JSON) : MediaType.parseMediaTypes(List.of(file.value()));
    }

    private static void sendsOneOf(HttpServletRequest request, List<MediaType> accepted)
            throws HttpMediaTypeNotSupportedException {
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType == null) {
            // No body at all is the operation's to judge (a missing body, or resume's optional one); a body needs a type.
            if (request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
                throw new HttpMediaTypeNotSupportedException("A body without Content-Type", accepted);
            }
            return;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            if (accepted.stream().anyMatch(type::equalsTypeAndSubtype) && utf8(type.getParameter("charset"))) {
                return;
            }
        } catch (InvalidMediaTypeException garbled) {
            // Refused below like any other type.
        }
        throw new HttpMediaTypeNotSupportedException("Not " + accepted + ": " + contentType, accepted);
    }

    /** JSON is UTF-8 (RFC 8259), so is the dossier log; another charset named, or one nobody knows, would be read wrong. */
    private static boolean utf8(String charset) {
        if (charset == null) {
            return true;
        }
        try {
            return Charset.forName(charset.replace("\"", "")).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    /** A request address (path or query) the container cannot decode. */
    static final class UnreadableAddress extends RuntimeException {
        UnreadableAddress(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
