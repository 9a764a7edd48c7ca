package vn.motcua.dossier;

/** The register's proof in words, kept within what its column holds (2000 characters). */
final class ViolationEvidence {

    static final int MOST = 2000;

    private ViolationEvidence() {
    }

    /** The text as written, or cut with an ellipsis where a long reason and comment would overflow the column. */
    static String words(String text) {
        String words = text.strip();
        return words.length() <= MOST ? words : words.substring(0, MOST - 1) + "…";
    }
}
