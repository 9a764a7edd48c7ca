package vn.motcua.dossier;

import java.util.List;
import java.util.Optional;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Unit;

/**
 * One entry of the register as its readers see it: the violation and its dossier, the officer, their unit and the
 * head of unit who answers with them (liên đới), who recorded it, and the dossier's events that prove it: its record
 * up to and including the entry (reception, hand-offs, requests, the ruling, the entry itself).
 */
public record ViolationEntry(Violation violation, String dossierCode, Officer officer, Optional<Unit> unit,
        Optional<Officer> head, String recordedByName, List<DossierEvent> proof) {
}
