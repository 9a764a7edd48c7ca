package vn.motcua.dossier;

import java.util.List;
import java.util.Optional;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Unit;

/**
 * One entry of the register as its readers see it: the violation and its dossier, the officer, their unit and the
 * head of unit who answers with them (liên đới), who recorded it, and the dossier's events that prove it: those the
 * officer acted in, and those of the moment it was recorded (the ruling, the record itself).
 */
public record ViolationEntry(Violation violation, String dossierCode, Officer officer, Optional<Unit> unit,
        Optional<Officer> head, String recordedByName, List<DossierEvent> proof) {
}
