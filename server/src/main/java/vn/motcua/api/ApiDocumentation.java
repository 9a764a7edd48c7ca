package vn.motcua.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.tags.Tag;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description's title, summary and resource groups, shown at /v3/api-docs. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String JSON = "application/json";
    static final String PROBLEM = "application/problem+json";
    static final String SERVICES = "Services (dịch vụ)";
    static final String TICKETS = "Tickets (phiếu số thứ tự)";
    static final String QUEUE = "Queue (hàng chờ)";
    static final String COUNTERS = "Counters (quầy)";
    static final String DOSSIERS = "Dossiers (hồ sơ)";
    static final String FEEDBACK = "Feedback (phản ánh, kiến nghị)";
    static final String FOLLOW_UPS = "Follow-ups (theo dõi đánh giá không hài lòng)";
    static final String EVALUATIONS = "Evaluations (đánh giá, xếp loại)";

    @Bean
    OpenAPI motcuaOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Một cửa – queue API")
                        .version("v1")
                        .description("""
                                Queue of a one-stop public service center (Trung tâm Phục vụ hành chính công, \
                                Bộ phận Một cửa): take a ticket (lấy số), follow it, call visitors to counters (gọi số) \
                                and serve them. Times are ISO-8601 instants (UTC) with, where people read them, the \
                                center's local time (Asia/Ho_Chi_Minh); waits are whole minutes. Every error is \
                                application/problem+json (RFC 9457) with `detail` a sentence for people – Vietnamese, \
                                or English when Accept-Language asks for it – and `code` a stable machine key."""))
                .addTagsItem(new Tag().name(SERVICES).description("What a visitor can queue for"))
                .addTagsItem(new Tag().name(TICKETS).description("Taking a ticket and following it on a phone"))
                .addTagsItem(new Tag().name(QUEUE).description("The live state of the whole queue"))
                .addTagsItem(new Tag().name(COUNTERS).description("What an officer does at a counter"))
                .addTagsItem(new Tag().name(DOSSIERS).description("Dossiers beside the province's one-stop system"))
                .addTagsItem(new Tag().name(FEEDBACK).description("Citizens' feedback and denunciations, answered "
                        + "before their deadline and published"))
                .addTagsItem(new Tag().name(FOLLOW_UPS).description("Every dissatisfied rating followed up by the "
                        + "head of the rated officer's unit, and by the managers once overdue"))
                .addTagsItem(new Tag().name(EVALUATIONS).description("The monthly evaluation of every officer: "
                        + "figures, the center's grade rule, the head of unit's proposal and the leader's decision"));
    }
}
