package vn.motcua.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.i18n.Translations;

/**
 * Tomcat refuses some requests before Spring sees them (a %2F, %00 or backslash in the path, a URI or header too
 * long) and answers with its own HTML page. Under /api, or when the request line could not even be read, that page
 * becomes the same problem+json as every other refusal; elsewhere Tomcat's page stays (without its version).
 */
@Component
class ApiErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final Translations translations;

    ApiErrorPages(Translations translations) {
        this.translations = translations;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        // Spring Boot adds its own report valve to the host while the context is prepared; once the host has
        // started, whatever report valves it has are known, and ours takes their place.
        factory.addContextCustomizers(context -> context.getParent().addLifecycleListener(event -> {
            if (Lifecycle.AFTER_START_EVENT.equals(event.getType())) {
                replaceReportValves((Container) event.getLifecycle());
            }
        }));
    }

    private void replaceReportValves(Container host) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReport)) {
                host.getPipeline().removeValve(valve);
            }
        }
        host.getPipeline().addValve(new ProblemReport());
    }

    /** Tomcat's report valve that writes an API refusal as problem+json. */
    final class ProblemReport extends ErrorReportValve {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        ProblemReport() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable failure) {
            // A request line Tomcat could not parse has no address at all: nobody can tell it was not for the API,
            // and a program sent it, so it gets the machine-readable answer.
            String uri = request.getRequestURI();
            if (uri != null && !uri.isEmpty() && !uri.startsWith("/api")) {
                super.report(request, response, failure);
                return;
            }
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            String key = switch (status) {
                case 400 -> "problem.request.address";
                case 404 -> "problem.request.no-such-path";
                case 413, 414, 431 -> "problem.request.too-large";
                default -> status >= 500 ? "problem.unexpected" : "problem.request.rejected";
            };
            Locale language = ApiProblems.language(request);
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", known == null ? "Error" : known.getReasonPhrase());
            problem.put("status", status);
            problem.put("detail", translations.getTranslation(key, language));
            if (uri != null && !uri.isEmpty()) {
                problem.put("instance", uri);
            }
            problem.put("code", key);
            try {
                response.resetBuffer();
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setHeader("Content-Language", language.toLanguageTag());
                OutputStream out = response.getOutputStream();
                out.write(JSON.writeValueAsBytes(problem));
                out.flush();
            } catch (IOException | IllegalStateException closed) {
                // The client went away or the answer was already on its way: nothing more to tell it.
            }
        }
    }
}
