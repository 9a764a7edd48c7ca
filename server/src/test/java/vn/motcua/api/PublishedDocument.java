package vn.motcua.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.motcua.api.Api.Reply;

/**
 * The OpenAPI document the server publishes, as a judge of real answers: is the status listed for the operation, the
 * content type listed for that status, the body valid against its schema (JSON Schema 2020-12, formats asserted)?
 */
final class PublishedDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final JsonNode document;
    /** Per operation ("POST /api/v1/tickets"), the statuses its real answers had. */
    private final Map<String, Set<Integer>> seen = new TreeMap<>();
    private final List<String> broken = new ArrayList<>();

    PublishedDocument(Api api) {
        Reply reply = api.get("/v3/api-docs");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        this.document = reply.json();
        assertThat(document.get("openapi").asString()).startsWith("3.1");
    }

    /** Every operation of the document, as "METHOD /path/{template}". */
    List<String> operations() {
        List<String> operations = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().propertyNames().stream()
                .filter(METHODS::contains)
                .forEach(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return operations;
    }

    JsonNode operation(String operation) {
        String[] parts = operation.split(" ", 2);
        return document.get("paths").get(parts[1]).get(parts[0].toLowerCase(Locale.ROOT));
    }

    Set<Integer> documentedStatuses(String operation) {
        Set<Integer> statuses = new TreeSet<>();
        operation(operation).get("responses").propertyNames().forEach(code -> statuses.add(Integer.parseInt(code)));
        return statuses;
    }

    boolean guarded(String operation) {
        JsonNode security = operation(operation).get("security");
        return security != null && !security.isEmpty();
    }

    boolean takesBody(String operation) {
        return operation(operation).has("requestBody");
    }

    Map<String, Set<Integer>> seen() {
        return seen;
    }

    /** What the document does not promise of the answers checked so far; empty when it promises them all. */
    List<String> broken() {
        return broken;
    }

    /** Notes (in {@link #broken()}) each way the document does not promise this answer to this operation. */
    void check(String operation, Reply reply) {
        seen.computeIfAbsent(operation, o -> new TreeSet<>()).add(reply.status());
        JsonNode response = operation(operation).get("responses").get(String.valueOf(reply.status()));
        if (response == null) {
            broken.add(operation + ": status undocumented: " + abbreviated(reply));
            return;
        }
        JsonNode content = response.get("content");
        if (reply.body().isEmpty()) {
            if (content != null && !content.isEmpty()) {
                broken.add(operation + ": a body is documented, none came: " + abbreviated(reply));
            }
            return;
        }
        String mediaType = reply.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (content == null || !content.has(mediaType)) {
            broken.add(operation + ": content type undocumented: " + abbreviated(reply));
            return;
        }
        if (!mediaType.endsWith("json")) {
            // A file (a dossier's PDF papers): documented as binary; it must at least be the file it says it is.
            if (mediaType.equals("application/pdf") && !reply.body().startsWith("%PDF-")) {
                broken.add(operation + ": not a PDF: " + abbreviated(reply));
            }
            if (mediaType.endsWith("spreadsheetml.sheet") && !reply.body().startsWith("PK")) {
                broken.add(operation + ": not an XLSX workbook: " + abbreviated(reply));
            }
            return;
        }
        List<Error> errors = schema(content.get(mediaType).get("schema")).validate(reply.json(),
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        if (!errors.isEmpty()) {
            broken.add(operation + ": " + errors + " in " + abbreviated(reply));
        }
    }

    private static String abbreviated(Reply reply) {
        String text = reply.toString();
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    /** The response's schema with the document's components beside it, so its $refs resolve. */
    private Schema schema(JsonNode responseSchema) {
        ObjectNode schema = ((ObjectNode) responseSchema.deepCopy());
        schema.put("$schema", SpecificationVersion.DRAFT_2020_12.getDialectId());
        schema.set("components", document.get("components"));
        return SCHEMAS.getSchema(schema);
    }
}
