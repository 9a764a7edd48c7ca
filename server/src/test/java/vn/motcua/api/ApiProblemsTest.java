package vn.motcua.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import vn.motcua.i18n.Translations;
import vn.motcua.i18n.Refusal;

/** The mapping of failures to problems, including the one no HTTP test may provoke: our own bug. */
class ApiProblemsTest {

    private final ApiProblems problems = new ApiProblems(new Translations());

    @Test
    void anUnexpectedFailureIs500ProblemWithoutItsMessageOrTrace() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/tickets");

        ResponseEntity<ProblemDetail> reply = problems.unexpected(
                new IllegalStateException("password=secret at vn.motcua.queue.Ticket"), request);

        assertThat(reply.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(reply.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        ProblemDetail body = reply.getBody();
        assertThat(body.getDetail()).startsWith("Đã xảy ra lỗi ngoài dự kiến");
        assertThat(body.getProperties()).containsOnlyKeys("code").containsEntry("code", "problem.unexpected");
        assertThat(body.toString()).doesNotContain("secret", "vn.motcua", "Exception");
    }

    @ParameterizedTest
    @CsvSource({
        "problem.service.unknown, 404", "problem.counter.unknown, 404", "problem.ticket.unknown, 404",
        "problem.officer.unknown, 404", "problem.ticket.illegal, 409", "problem.counter.idle, 409",
        "problem.counter.busy, 409", "problem.counter.closed, 409", "problem.ticket.recall-first, 409",
        "problem.ticket.not-held, 409", "problem.ticket.not-waiting, 409", "problem.ticket.expired, 409",
        "problem.ticket.hold-comment, 400", "problem.transfer.target, 400", "problem.rating.already, 409"})
    void eachRefusalOfTheQueueHasItsStatus(String key, int status) {
        ResponseEntity<ProblemDetail> reply = problems.queueProblem(new Refusal(key, "english"),
                new MockHttpServletRequest());

        assertThat(reply.getStatusCode().value()).isEqualTo(status);
        assertThat(reply.getBody().getProperties()).containsEntry("code", key);
        assertThat(reply.getBody().getDetail()).doesNotStartWith("!").isNotEqualTo("english");
    }

    @Test
    void aRefusalWithoutTranslationStillReadsAsASentence() {
        ResponseEntity<ProblemDetail> reply = problems.queueProblem(
                new Refusal("problem.something.new", "english"), new MockHttpServletRequest());

        assertThat(reply.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(reply.getBody().getDetail()).isEqualTo("Hệ thống xếp hàng không thể thực hiện yêu cầu này lúc này.");
        assertThat(reply.getBody().getProperties()).containsEntry("code", "problem.something.new");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|en", "en-GB,vi;q=0.5|en", "vi-VN,en;q=0.5|vi", "fr|vi", "*|vi",
        "'' |vi", "en;q=garbage|vi"})
    void theLanguageIsVietnameseUnlessEnglishIsPreferred(String header, String language) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (!header.isBlank()) {
            request.addHeader("Accept-Language", header);
        }

        assertThat(ApiProblems.language(request).getLanguage()).isEqualTo(language);
    }

    @Test
    void everyProblemTheApiCanAnswerIsTranslatedInBothLanguages() throws IOException {
        Set<String> answered = new TreeSet<>();
        // What the queue engine (and anyone else) raises as a Refusal, and what the API says itself.
        collect(Path.of("src/main/java"), Pattern.compile("new Refusal\\(\\s*\"([^\"]+)\""), answered);
        collect(Path.of("src/main/java/vn/motcua/queue"), Pattern.compile("super\\(\\s*\"([^\"]+)\""), answered);
        collect(Path.of("src/main/java/vn/motcua/api"), Pattern.compile("\"(problem\\.[^\"]+)\""), answered);
        assertThat(answered).contains("problem.service.unknown", "problem.ticket.illegal", "problem.request.malformed",
                "problem.unexpected");

        Properties vietnamese = load("i18n/server.properties");
        Properties english = load("i18n/server_en.properties");
        assertThat(vietnamese.stringPropertyNames()).containsAll(answered);
        assertThat(english.stringPropertyNames()).containsAll(answered);
    }

    private static void collect(Path sources, Pattern key, Set<String> keys) throws IOException {
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher found = key.matcher(Files.readString(source));
                while (found.find()) {
                    keys.add(found.group(1));
                }
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ApiProblemsTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
