package vn.motcua.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import vn.motcua.i18n.Translations;
import vn.motcua.i18n.Refusal;

/**
 * Turns every failure of an API call into an RFC 9457 problem: {@code detail} a sentence a person can read
 * (Vietnamese, English when Accept-Language asks for it), {@code code} the key a program can rely on.
 * Scoped to this package so the Vaadin screens keep their own error handling.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    private static final String GENERIC_QUEUE_REFUSAL = "problem.queue.refused";

    private final Translations translations;

    ApiProblems(Translations translations) {
        this.translations = translations;
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> queueProblem(Refusal problem, HttpServletRequest request) {
        Locale language = language(request);
        String key = problem.messageKey();
        String detail = translations.getTranslation(key, language, problem.args());
        if (detail.startsWith("!")) {
            // A key the engine gained after this mapping was written: still a readable sentence, never "!key".
            detail = translations.getTranslation(GENERIC_QUEUE_REFUSAL, language);
        }
        return respond(ProblemStatuses.of(key), key, detail, language, null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable, HttpServletRequest request) {
        Locale language = language(request);
        JacksonException json = jacksonCause(unreadable);
        if (json == null) {
            String key = unreadable.getCause() == null ? "problem.request.missing-body" : "problem.request.malformed";
            return problem(HttpStatus.BAD_REQUEST, key, language);
        }
        String field = fieldOf(json);
        if (json instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            List<String> allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name()).toList();
            String detail = translations.getTranslation("problem.request.value", language,
                    String.valueOf(invalid.getValue()), field, String.join(", ", allowed));
            return respond(HttpStatus.BAD_REQUEST, "problem.request.value", detail, language, body -> {
                body.setProperty("field", field);
                body.setProperty("allowedValues", allowed);
            });
        }
        // A syntax error is malformed JSON wherever it sits; a value of the wrong type or out of range names its field.
        boolean syntax = json instanceof StreamReadException && !(json instanceof InputCoercionException);
        if (!syntax && !field.isEmpty()) {
            String detail = translations.getTranslation("problem.request.wrong-type", language, field);
            return respond(HttpStatus.BAD_REQUEST, "problem.request.wrong-type", detail, language,
                    body -> body.setProperty("field", field));
        }
        return problem(HttpStatus.BAD_REQUEST, "problem.request.malformed", language);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException invalid, HttpServletRequest request) {
        Locale language = language(request);
        List<String> fields = invalid.getBindingResult().getFieldErrors().stream()
                .map(FieldError::getField).distinct().toList();
        List<FieldProblem> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getCode())).toList();
        String detail = translations.getTranslation("problem.request.invalid", language, String.join(", ", fields));
        return respond(HttpStatus.BAD_REQUEST, "problem.request.invalid", detail, language,
                body -> body.setProperty("errors", errors));
    }

    /** One field a validation refused, and which rule it broke (NotBlank, Size, NotNull...). */
    record FieldProblem(String field, String rule) {
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongType(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request) {
        Locale language = language(request);
        String detail = translations.getTranslation("problem.request.wrong-type", language, mismatch.getName());
        return respond(HttpStatus.BAD_REQUEST, "problem.request.wrong-type", detail, language,
                body -> body.setProperty("field", mismatch.getName()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException unsupported, HttpServletRequest request) {
        List<MediaType> files = unsupported.getSupportedMediaTypes();
        if (files.isEmpty() || files.stream().anyMatch(MediaType.APPLICATION_JSON::equalsTypeAndSubtype)) {
            return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.request.media-type", language(request));
        }
        // An operation that takes a file: the refusal names the types it takes.
        Locale language = language(request);
        String types = String.join(", ", files.stream().map(MediaType::toString).toList());
        return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.request.media-type-file",
                translations.getTranslation("problem.request.media-type-file", language, types), language, null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException unsupported, HttpServletRequest request) {
        Locale language = language(request);
        String detail = translations.getTranslation("problem.request.method", language, unsupported.getMethod());
        ResponseEntity<ProblemDetail> problem = respond(HttpStatus.METHOD_NOT_ALLOWED, "problem.request.method",
                detail, language, null);
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(problem.getHeaders());
        headers.setAllow(unsupported.getSupportedHttpMethods());
        return new ResponseEntity<>(problem.getBody(), headers, problem.getStatusCode());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noSuchPath(NoResourceFoundException missing, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "problem.request.no-such-path", language(request));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException refused, HttpServletRequest request) {
        String answers = refused.getSupportedMediaTypes().isEmpty() ? MediaType.APPLICATION_JSON_VALUE
                : refused.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "));
        Locale language = language(request);
        return respond(HttpStatus.NOT_ACCEPTABLE, "problem.request.not-acceptable",
                translations.getTranslation("problem.request.not-acceptable", language, answers), language, null);
    }

    @ExceptionHandler(ApiRequestShape.UnreadableAddress.class)
    ResponseEntity<ProblemDetail> unreadableAddress(ApiRequestShape.UnreadableAddress unreadable,
            HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "problem.request.address", language(request));
    }

    /** Two officers touched the same ticket at the same moment: the later one tries again. */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<ProblemDetail> concurrent(ConcurrencyFailureException conflict, HttpServletRequest request) {
        log.info("Concurrent change refused on {}: {}", request.getRequestURI(), conflict.getMessage());
        return problem(HttpStatus.CONFLICT, "problem.concurrent", language(request));
    }

    /** Spring's own 4xx refusals keep their status; anything else is our fault, logged here and not shown. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure, HttpServletRequest request) {
        Locale language = language(request);
        if (failure instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
            return problem(refusal.getStatusCode(), "problem.request.rejected", language);
        }
        log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), failure);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.unexpected", language);
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String key, Locale language) {
        return respond(status, key, translations.getTranslation(key, language), language, null);
    }

    private static ResponseEntity<ProblemDetail> respond(HttpStatusCode status, String key, String detail,
            Locale language, Consumer<ProblemDetail> more) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setProperty("code", key);
        if (more != null) {
            more.accept(body);
        }
        // Set, not negotiated: a client that accepts only application/json still learns it got a problem.
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
                .body(body);
    }

    /** Vietnamese unless the client prefers English; a garbled header falls back to Vietnamese. */
    static Locale language(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return Translations.VIETNAMESE;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(header),
                    List.of(Translations.VIETNAMESE, Translations.ENGLISH));
            return chosen == null ? Translations.VIETNAMESE : chosen;
        } catch (IllegalArgumentException garbled) {
            return Translations.VIETNAMESE;
        }
    }

    private static JacksonException jacksonCause(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JacksonException json) {
                return json;
            }
        }
        return null;
    }

    private static String fieldOf(JacksonException json) {
        List<String> parts = new ArrayList<>();
        for (JacksonException.Reference reference : json.getPath()) {
            parts.add(reference.getPropertyName() != null ? reference.getPropertyName()
                    : String.valueOf(reference.getIndex()));
        }
        return String.join(".", parts);
    }
}
