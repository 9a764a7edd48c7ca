package vn.motcua.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.stereotype.Component;

/**
 * Makes the published document say what the API really answers, which the annotations alone cannot: the refusals
 * every operation can give before it runs (ApiRequestShape, the security filters), the ways to prove who calls, and
 * schemas springdoc writes wrong for OpenAPI 3.1 (a nullable object, a local time). ApiContractTest holds the
 * document to the real answers.
 */
@Component
class ApiDocumentAnswers implements OpenApiCustomizer {

    static final String BASIC = "basic";
    static final String DEVICE_TOKEN = "deviceToken";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    static {
        // The center's wall-clock time, sent without offset: "date-time" would require one.
        SpringDocUtils.getConfig().replaceWithSchema(LocalDateTime.class, new JsonSchema().typesItem("string")
                .pattern("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?$")
                .description("Local date and time of the center (Asia/Ho_Chi_Minh), ISO-8601 without offset")
                .example("2026-11-23T07:32:00"));
    }

    @Override
    public void customise(OpenAPI document) {
        Components components = document.getComponents();
        components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("A person's account (officer, unit head, manager); the API keeps no session"));
        components.addSecuritySchemes(DEVICE_TOKEN, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name("X-Device-Token")
                .description("The token of a paired device, e.g. a kiosk"));
        components.getSchemas().values().forEach(ApiDocumentAnswers::nullables);
        document.getPaths().values().forEach(path -> path.readOperations().forEach(ApiDocumentAnswers::refusals));
    }

    /** What any operation may answer before it runs; what it answers itself its annotations say. */
    private static void refusals(Operation operation) {
        ApiResponses responses = operation.getResponses();
        boolean guarded = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        add(responses, "400", "The request is malformed: a parameter that is not what the document declares "
                + "(an integer is plain decimal digits), a query that cannot be decoded, or a body that is not valid");
        add(responses, "401", guarded ? "No credentials, or wrong ones" : "Credentials were sent, and are wrong");
        if (guarded) {
            add(responses, "403", "The caller may not do this (role, device kind, or not the officer seated)");
        }
        add(responses, "406", "Accept does not allow application/json; nothing was done");
        if (operation.getRequestBody() != null) {
            add(responses, "415", "The body is not application/json in UTF-8 (a wildcard type is refused too); "
                    + "nothing was done");
        }
    }

    private static void add(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                    .addMediaType(ApiDocumentation.PROBLEM, new MediaType().schema(new JsonSchema().$ref(PROBLEM_REF)))));
        }
    }

    /**
     * springdoc writes a nullable reference as {"type": "null", "$ref": ...}, which nothing validates; a value that is
     * either the object or null is a oneOf of the two. A nullable enum needs null among its values as well.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void nullables(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        properties.replaceAll((name, property) -> {
            boolean nullable = Boolean.TRUE.equals(property.getNullable())
                    || (property.getTypes() != null && property.getTypes().contains("null"));
            if (nullable && property.getEnum() != null && !property.getEnum().contains(null)) {
                property.getEnum().add(null);
            }
            if (property.get$ref() == null || !nullable) {
                return property;
            }
            Schema either = new JsonSchema().oneOf(List.of(new JsonSchema().$ref(property.get$ref()),
                    new JsonSchema().types(Set.of("null"))));
            either.setDescription(property.getDescription());
            return either;
        });
    }
}
