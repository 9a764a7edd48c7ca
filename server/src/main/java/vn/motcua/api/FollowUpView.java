package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import vn.motcua.feedback.FollowUpLine;
import vn.motcua.rating.RatingLevel;
import vn.motcua.rating.RatingReason;

/** One follow-up of a dissatisfied rating with the rating behind it, as the citizen gave it. */
@Schema(description = "The follow-up of a dissatisfied rating (theo dõi đánh giá không hài lòng)")
record FollowUpView(
        long id,
        @Schema(description = "The rated ticket's number", example = "D004") String ticketNumber,
        @Schema(example = "Cấp giấy phép xây dựng nhà ở riêng lẻ") String service,
        @Schema(example = "4") int counter,
        @Schema(description = "The officer rated", example = "Phạm Thu Trang") String officerName,
        @Schema(nullable = true, example = "Phòng Kinh tế") String unitName,
        RatingLevel level,
        @Schema(description = "The reasons the citizen chose, if any") List<RatingReason> reasons,
        Instant ratedAt,
        @Schema(description = "Due time of the resolution, after which it goes up to the managers") Instant dueAt,
        @Schema(description = "Due time in the center's local time") LocalDateTime dueAtLocal,
        @Schema(nullable = true) Instant contactedAt,
        @Schema(description = "How the citizen was contacted and what was said", nullable = true) String contactNote,
        @Schema(nullable = true) String resolution,
        @Schema(nullable = true) Instant resolvedAt,
        @Schema(description = "Username of who resolved it", nullable = true) String resolvedBy,
        @Schema(description = "When it went up to the managers, unresolved past due", nullable = true)
        Instant escalatedAt,
        @Schema(description = "Unresolved past its due time") boolean late) {

    static FollowUpView of(FollowUpLine line) {
        return new FollowUpView(line.id(), line.ticketNumber(), line.serviceName(), line.counterNumber(),
                line.officerName(), line.unitName().orElse(null), line.level(),
                line.reasons().stream().sorted().toList(), line.ratedAt(), line.dueAt(),
                CenterLocalTime.of(line.dueAt()), line.contactedAt().orElse(null), line.contactNote().orElse(null),
                line.resolution().orElse(null), line.resolvedAt().orElse(null), line.resolvedBy().orElse(null),
                line.escalatedAt().orElse(null), line.late());
    }
}
