package vn.motcua.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Catches what no endpoint under /api matches. Without it such a request falls through to Vaadin, which answers
 * any path with its page and 200; an API client must get a 404, or a 405 when only the method is wrong.
 */
@Hidden
@RestController
class UnmatchedApiRequests {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    UnmatchedApiRequests(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @RequestMapping("/api/**")
    void unmatched(HttpServletRequest request) throws Exception {
        Set<String> allowed = new TreeSet<>();
        Set<MediaType> answers = new LinkedHashSet<>();
        mappings.getObject().getHandlerMethods().forEach((mapping, handler) -> {
            if (handler.getBeanType() != UnmatchedApiRequests.class && mapping.getPathPatternsCondition() != null
                    && mapping.getPathPatternsCondition().getMatchingCondition(request) != null) {
                mapping.getMethodsCondition().getMethods().forEach(method -> allowed.add(method.name()));
                answers.addAll(ApiRequestShape.answerTypes(handler));
            }
        });
        if (allowed.contains(request.getMethod())) {
            // The address and method exist: what did not match is the Accept header (a PDF asked for as JSON).
            throw new HttpMediaTypeNotAcceptableException(List.copyOf(answers));
        }
        if (!allowed.isEmpty()) {
            throw new HttpRequestMethodNotSupportedException(request.getMethod(), allowed);
        }
        throw new NoResourceFoundException(HttpMethod.valueOf(request.getMethod()), request.getRequestURI(),
                request.getRequestURI());
    }
}
