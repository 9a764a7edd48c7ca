package vn.motcua.api;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.motcua.queue.Counter;

/** A counter and the officer seated at it. */
@Schema(description = "A counter (quầy)")
record CounterView(
        @Schema(example = "1") int number,
        @Schema(example = "Quầy 1 – Tư pháp – Hộ tịch") String name,
        @Schema(nullable = true) OfficerView officer) {

    static CounterView of(Counter counter) {
        return new CounterView(counter.getNumber(), counter.getName(), OfficerView.of(counter.getCurrentOfficer()));
    }
}
