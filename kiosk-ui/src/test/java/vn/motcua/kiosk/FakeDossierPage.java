package vn.motcua.kiosk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.kiosk.DossierPagePort.LookupOutcome;

/** A dossier page port with the dossiers the test puts in it; look-ups answer as the test sets, and are remembered. */
final class FakeDossierPage implements DossierPagePort {

    final Map<String, DossierPage> dossiers = new HashMap<>();
    final List<String> lookUps = new ArrayList<>();
    LookupAnswer nextAnswer = new LookupAnswer(LookupOutcome.NO_MATCH, null);

    @Override
    public CenterInfo center() {
        return FakeKiosk.CENTER;
    }

    @Override
    public Optional<DossierPage> dossier(String token) {
        return Optional.ofNullable(dossiers.get(token));
    }

    @Override
    public LookupAnswer lookUp(String code, String phoneEnd, String clientAddress) {
        lookUps.add(code + "/" + phoneEnd);
        return nextAnswer;
    }
}
