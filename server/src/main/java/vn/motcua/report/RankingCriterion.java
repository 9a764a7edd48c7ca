package vn.motcua.report;

/** What units and officers are ranked by (seed 003: satisfaction; the 766 index's on-time rate and score). */
public enum RankingCriterion {
    /** The satisfied share of the pad's ratings, in percent; counted over ratings. */
    SATISFACTION,
    /** Dossiers on time over dossiers handled, as the 766 index counts them, in percent; counted over dossiers. */
    ON_TIME,
    /** The 766 score out of 100; counted over dossiers handled. */
    SCORE766
}
