package vn.motcua.counter;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;

/** A console port that keeps what the console sent it and answers what the test set up. */
class FakeConsolePort implements ConsolePort {

    /** One action the console asked for at a counter. */
    record Act(int counterNumber, CounterAction action) {
    }

    static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

    final List<CounterInfo> counters = new ArrayList<>();
    final List<OfficerInfo> officers = new ArrayList<>();
    final List<Act> acts = new ArrayList<>();
    final List<ServiceOption> services = new ArrayList<>();
    /** What counter n has now, whatever n. */
    Optional<CalledTicket> current = Optional.empty();
    List<WaitingTicket> waiting = List.of();
    /** What {@link #act} answers. */
    Optional<CalledTicket> answer = Optional.empty();
    /** The ticket number of the counter's visit dossiers link to, and the dossiers linked to it. */
    Optional<String> visit = Optional.empty();
    final List<LinkedDossier> linked = new ArrayList<>();
    /** The dossiers the fake knows by code; any other code is refused as the server would. */
    final Map<String, LinkedDossier> known = new HashMap<>();
    /** Each code the console asked to link, with its purpose. */
    final List<String> linkRequests = new ArrayList<>();
    IntSupplier followed;
    Runnable refresh;
    /** What {@link #heldAlerts} answers, and the redraws the views asked for when the watch pushes. */
    List<HeldAlert> heldAlerts = List.of();
    final List<Runnable> alertRedraws = new ArrayList<>();

    @Override
    public String centerName() {
        return "Trung tâm thử";
    }

    @Override
    public List<CounterInfo> counters() {
        return counters;
    }

    @Override
    public List<OfficerInfo> officers() {
        return officers;
    }

    @Override
    public void openCounter(int counterNumber, long officerId) {
    }

    @Override
    public void closeCounter(int counterNumber) {
    }

    @Override
    public Optional<CalledTicket> act(int counterNumber, CounterAction action) {
        acts.add(new Act(counterNumber, action));
        return answer;
    }

    @Override
    public List<ServiceOption> services() {
        return services;
    }

    @Override
    public CounterStatus status(int counterNumber) {
        CounterInfo counter = counters.stream().filter(c -> c.number() == counterNumber).findFirst().orElseThrow();
        return new CounterStatus(counter, current, current.filter(CalledTicket::serving).map(CalledTicket::calledAt),
                waiting, List.of(), NOW);
    }

    @Override
    public Optional<OfficerToday> officerToday(int counterNumber) {
        return Optional.empty();
    }

    @Override
    public VisitDossiers dossiers(int counterNumber) {
        return new VisitDossiers(visit, visit.isPresent() ? List.copyOf(linked) : List.of());
    }

    @Override
    public void linkDossier(int counterNumber, String dossierCode, DossierPurpose purpose) {
        linkRequests.add(counterNumber + " " + dossierCode + " " + purpose);
        LinkedDossier dossier = known.get(dossierCode);
        if (dossier == null) {
            throw new CounterRefusal("console.dossier.code", "Unknown dossier " + dossierCode);
        }
        if (linked.stream().noneMatch(d -> d.code().equals(dossierCode))) {
            linked.add(new LinkedDossier(dossier.code(), dossier.procedureCode(), dossier.status(), dossier.dueAt(),
                    purpose));
        }
    }

    @Override
    public void follow(Component view, IntSupplier counterNumber, Runnable refresh) {
        this.followed = counterNumber;
        this.refresh = refresh;
    }

    // The console's dossier handling: nothing held, nothing to receive; the views' own tests drive the server.

    @Override
    public List<ProcedureChoice> procedures() {
        return List.of();
    }

    @Override
    public ReceivedDossier receive(int counterNumber, NewDossier dossier) {
        throw new CounterRefusal("problem.procedure.unknown", "The fake knows no procedure");
    }

    @Override
    public PrintAnswer printReceipt(int counterNumber, String code) {
        return new PrintAnswer(false, "console.reception.print-failed", "Hết giấy");
    }

    @Override
    public PrintAnswer printSupplement(int counterNumber, String code) {
        return new PrintAnswer(true, "console.supplement.printed", "");
    }

    @Override
    public PrintAnswer printApology(int counterNumber, String code) {
        return new PrintAnswer(true, "console.apology.printed", "");
    }

    @Override
    public List<HeldDossier> held() {
        return List.of();
    }

    @Override
    public List<HeldAlert> heldAlerts() {
        return heldAlerts;
    }

    @Override
    public void followHeldAlerts(Component view, Runnable redraw) {
        alertRedraws.add(redraw);
    }

    @Override
    public List<Colleague> colleagues() {
        return List.of();
    }

    @Override
    public void handOff(String code, String officerCode, Optional<Step> step, String note) {
    }

    @Override
    public void askSupplement(String code, List<Missing> items, String reasonForAnother) {
    }

    @Override
    public void supplied(String code) {
    }

    @Override
    public RecordedResult recordResult(String code, Result result, String reason) {
        return new RecordedResult(code, "DONE", Optional.empty());
    }
}
