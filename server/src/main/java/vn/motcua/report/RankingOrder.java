package vn.motcua.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.motcua.report.Ranked.Movement;

/**
 * The ranking rules, apart from where the figures come from: the best value first; values equal as shown (to one
 * decimal) share a rank and the next rank skips (1, 1, 3); those counted on fewer than the minimum are listed after
 * the ranked, "not ranked", so a single happy visitor never puts anyone first.
 */
final class RankingOrder {

    /** Someone to rank: the value is empty when there was nothing to count. */
    record Candidate(long id, String name, String unitName, long counted, Optional<Double> value) {
    }

    /** Names in Vietnamese order (Đ after D, not after Z), as a reader looks them up. */
    private static final Comparator<Object> BY_NAME = Collator.getInstance(Locale.forLanguageTag("vi"));

    private RankingOrder() {
    }

    /** The ranking of {@code candidates}, every movement {@link Movement#NEW} until compared. */
    static List<Ranked> rank(List<Candidate> candidates, long minimum) {
        List<Candidate> eligible = new ArrayList<>();
        List<Candidate> others = new ArrayList<>();
        for (Candidate each : candidates) {
            (each.value().isPresent() && each.counted() >= minimum ? eligible : others).add(each);
        }
        eligible.sort(Comparator.comparing((Candidate each) -> shown(each.value().orElseThrow())).reversed()
                .thenComparing(Candidate::name, BY_NAME));
        others.sort(Comparator.comparing(Candidate::name, BY_NAME));
        List<Ranked> ranked = new ArrayList<>();
        for (int at = 0; at < eligible.size(); at++) {
            Candidate each = eligible.get(at);
            boolean tied = at > 0 && shown(eligible.get(at - 1).value().orElseThrow())
                    .compareTo(shown(each.value().orElseThrow())) == 0;
            int rank = tied ? ranked.get(at - 1).rank().orElseThrow() : at + 1;
            ranked.add(new Ranked(each.id(), each.name(), each.unitName(), each.counted(), each.value(),
                    Optional.of(rank), Movement.NEW, 0));
        }
        for (Candidate each : others) {
            ranked.add(new Ranked(each.id(), each.name(), each.unitName(), each.counted(), each.value(),
                    Optional.empty(), Movement.NEW, 0));
        }
        return ranked;
    }

    /** {@code now}, each with its movement against its rank in {@code before} (same criterion, period before). */
    static List<Ranked> moved(List<Ranked> now, List<Ranked> before) {
        Map<Long, Integer> earlier = new HashMap<>();
        before.forEach(each -> each.rank().ifPresent(rank -> earlier.put(each.id(), rank)));
        List<Ranked> moved = new ArrayList<>();
        for (Ranked each : now) {
            Integer then = earlier.get(each.id());
            if (each.rank().isEmpty() || then == null) {
                moved.add(each);
                continue;
            }
            int places = then - each.rank().get();
            Movement movement = places > 0 ? Movement.UP : places < 0 ? Movement.DOWN : Movement.SAME;
            moved.add(new Ranked(each.id(), each.name(), each.unitName(), each.counted(), each.value(), each.rank(),
                    movement, places));
        }
        return moved;
    }

    /** The value as the screens and files show it, to one decimal: what reads equal is tied. */
    static BigDecimal shown(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
