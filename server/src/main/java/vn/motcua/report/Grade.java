package vn.motcua.report;

/**
 * The four levels of the monthly evaluation (Decree 90/2020 on evaluating civil servants), best first: "Hoàn thành
 * xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ". Their words are
 * in the bundles under {@code grade.<NAME>}.
 */
public enum Grade {
    EXCELLENT, GOOD, DONE, NOT_DONE;

    /** The bundle key of the grade's words. */
    public String key() {
        return "grade." + name();
    }

    /** The worse of two grades (joint liability: a head answers for the unit's result as well as their own). */
    public Grade worse(Grade other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
