package vn.motcua.officer;

/**
 * How an officer is employed: civil servants (công chức) and public employees (viên chức) are graded each month;
 * contract staff (LĐHĐ) and staff seconded by a vertical agency (police, tax) get the figures without a grade.
 */
public enum Employment {
    CIVIL_SERVANT, PUBLIC_EMPLOYEE, CONTRACT, VERTICAL_AGENCY;

    /** Whether the center grades this officer on the four levels. */
    public boolean isGraded() {
        return this == CIVIL_SERVANT || this == PUBLIC_EMPLOYEE;
    }
}
