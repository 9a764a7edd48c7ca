package vn.motcua.dossier;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.Procedure;
import vn.motcua.center.Center;
import vn.motcua.center.Centers;
import vn.motcua.center.PublicAddress;
import vn.motcua.device.CounterPrinting;
import vn.motcua.devices.printer.PrintOutcome;
import vn.motcua.forms.ApologyForm;
import vn.motcua.forms.ControlSlipForm;
import vn.motcua.forms.FormPdf;
import vn.motcua.forms.FormSlips;
import vn.motcua.forms.ReceiptForm;
import vn.motcua.forms.RefusalForm;
import vn.motcua.forms.SupplementForm;
import vn.motcua.i18n.Refusal;
import vn.motcua.i18n.Translations;
import vn.motcua.officer.Officer;
import vn.motcua.officer.Officers;

/**
 * A dossier's papers: the receipt (Mẫu 01), a supplement request (Mẫu 02), the refusal (Mẫu 03), the apology and new
 * appointment (Mẫu 04) and the control slip (Mẫu 06), as PDF files and, for the citizen's three, on the counter's slip
 * printer. Always in Vietnamese.
 */
@Service
public class DossierPapers {

    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\D*(\\d+)");

    private final Centers centers;
    private final Catalogue catalogue;
    private final Officers officers;
    private final ReceiveDossier reception;
    private final Supplements supplements;
    private final Apologies apologies;
    private final ControlSlip controlSlip;
    private final PublicAddress address;
    private final FormPdf pdf;
    private final FormSlips slips;
    private final CounterPrinting printing;
    private final Translations translations;

    DossierPapers(Centers centers, Catalogue catalogue, Officers officers, ReceiveDossier reception,
            Supplements supplements, Apologies apologies, ControlSlip controlSlip, PublicAddress address, FormPdf pdf, FormSlips slips,
            CounterPrinting printing, Translations translations) {
        this.centers = centers;
        this.catalogue = catalogue;
        this.officers = officers;
        this.reception = reception;
        this.supplements = supplements;
        this.apologies = apologies;
        this.controlSlip = controlSlip;
        this.address = address;
        this.pdf = pdf;
        this.slips = slips;
        this.printing = printing;
        this.translations = translations;
    }

    public byte[] receiptPdf(Dossier dossier) {
        return pdf.receipt(receipt(dossier));
    }

    public PrintOutcome printReceipt(int counterNumber, Dossier dossier) {
        return printing.print(counterNumber, slips.receipt(receipt(dossier)));
    }

    /** The latest supplement request; refused when there is none. */
    public byte[] supplementPdf(Dossier dossier) {
        return pdf.supplement(supplement(dossier));
    }

    public PrintOutcome printSupplement(int counterNumber, Dossier dossier) {
        return printing.print(counterNumber, slips.supplement(supplement(dossier)));
    }

    /** Only once a leader approved the apology: refused in words before. */
    public byte[] apologyPdf(Dossier dossier) {
        return pdf.apology(apology(dossier));
    }

    public PrintOutcome printApology(int counterNumber, Dossier dossier) {
        return printing.print(counterNumber, slips.apology(apology(dossier)));
    }

    /** Only for a refused dossier: the reason in writing. */
    public byte[] refusalPdf(Dossier dossier) {
        if (dossier.getOutcome().getResult().filter(DossierResult.REFUSED::equals).isEmpty()) {
            throw new Refusal("problem.dossier.not-refused", "Dossier " + dossier.getCode() + " was not refused");
        }
        Procedure procedure = procedure(dossier);
        return pdf.refusal(new RefusalForm(centers.profile().getName(), dossier.getCode(), procedure.getCode(),
                procedure.getName(), applicant(dossier), dossier.getOutcome().getReason().orElse(""),
                name(dossier.getHolderOfficerId()), dossier.getProcessedAt().orElseGet(dossier::getReceivedAt)));
    }

    public byte[] controlSlipPdf(Dossier dossier) {
        Procedure procedure = procedure(dossier);
        List<ControlSlipForm.Row> rows = controlSlip.of(dossier).stream().map(line -> {
            DossierHandOff handOff = line.handOff();
            Optional<Officer> giver = handOff.getFromOfficerId().flatMap(officers::find);
            Optional<Officer> taker = officers.find(handOff.getToOfficerId());
            return new ControlSlipForm.Row(text("forms.step." + handOff.getStep().name()),
                    giver.map(Officer::getFullName).orElse(text("forms.none")),
                    giver.map(officer -> officer.getUnit().getName()).orElse(text("forms.none")),
                    taker.map(Officer::getFullName).orElse(text("forms.none")),
                    taker.map(officer -> officer.getUnit().getName()).orElse(text("forms.none")),
                    handOff.getHandedAt(), handOff.getStepDueAt(), line.heldFor(), !line.late());
        }).toList();
        ControlSlipForm.Result result = dossier.getOutcome().getResult()
                .map(ended -> new ControlSlipForm.Result(text("forms.result." + ended.name()),
                        dossier.getProcessedAt().orElseGet(dossier::getReceivedAt)))
                .orElse(null);
        return pdf.controlSlip(new ControlSlipForm(centers.profile().getName(), dossier.getCode(), procedure.getCode(),
                procedure.getName(), applicant(dossier), dossier.getReceivedAt(), dossier.getDueAt(), rows, result));
    }

    ReceiptForm receipt(Dossier dossier) {
        Center center = centers.profile();
        Procedure procedure = procedure(dossier);
        List<ReceiptForm.ReceivedDocument> papers = reception.documents(dossier).stream()
                .map(paper -> new ReceiptForm.ReceivedDocument(paper.name(), copies(paper.copies()))).toList();
        String applicant = applicant(dossier);
        String owner = applicant.equals(dossier.getOwnerName()) ? null : dossier.getOwnerName();
        ReceiptForm.Channel channel = ReceiptForm.Channel.valueOf(
                dossier.getApplicant().getChannel().orElse(Channel.IN_PERSON).name());
        return new ReceiptForm(center.getName(), center.getAgencyCode(), dossier.getCode(), procedure.getCode(),
                procedure.getName(), applicant, owner, dossier.getPhone().orElse(null), channel, papers,
                dossier.getReceivedAt(), dossier.getDueAt(),
                name(dossier.getApplicant().getReceivingOfficerId().or(dossier::getHolderOfficerId)), trackingUrl(dossier),
                center.getHotline(), procedure.getFeeNote().orElse(null));
    }

    private SupplementForm supplement(Dossier dossier) {
        SupplementRequest request = supplements.of(dossier).stream().reduce((first, second) -> second).orElseThrow(
                () -> new Refusal("problem.supplement.none", "Dossier " + dossier.getCode() + " has no request"));
        Procedure procedure = procedure(dossier);
        return new SupplementForm(centers.profile().getName(), dossier.getCode(), procedure.getCode(),
                procedure.getName(), applicant(dossier), request.getItems().stream()
                        .map(item -> new SupplementForm.Item(item.what(), item.why())).toList(),
                name(Optional.of(request.getAskedBy())), request.getAskedAt(), request.getRequestNo(),
                request.getReasonForAnother().orElse(null), trackingUrl(dossier));
    }

    private ApologyForm apology(Dossier dossier) {
        DossierApology approved = apologies.approved(dossier).orElseThrow(() -> new Refusal(
                "problem.apology.not-approved", "Dossier " + dossier.getCode() + " has no approved apology"));
        Center center = centers.profile();
        Procedure procedure = procedure(dossier);
        return new ApologyForm(center.getName(), center.getAgencyCode(), dossier.getCode(), procedure.getCode(),
                procedure.getName(), applicant(dossier), dossier.getReceivedAt(), dossier.getDueAt(),
                approved.getReason(), approved.getNewAppointmentAt(), approved.getDecidedBy().orElse(text("forms.none")),
                trackingUrl(dossier), center.getHotline());
    }

    /** The catalogue's procedure, or its code standing in for the name when the catalogue does not list it. */
    private Procedure procedure(Dossier dossier) {
        return catalogue.procedure(dossier.getProcedureCode()).orElseThrow(() -> new Refusal(
                "problem.procedure.unknown", "The catalogue does not list procedure " + dossier.getProcedureCode()));
    }

    private String applicant(Dossier dossier) {
        return dossier.getApplicant().getName().orElse(dossier.getOwnerName());
    }

    private String trackingUrl(Dossier dossier) {
        return address.of("/hs/" + dossier.getTrackingToken());
    }

    private String name(Optional<Long> officerId) {
        return officerId.flatMap(officers::find).map(Officer::getFullName).orElse(text("forms.none"));
    }

    /** "02 bản chính" gives 2; words without a number count as one copy. */
    static int copies(String words) {
        Matcher number = LEADING_NUMBER.matcher(words == null ? "" : words);
        return number.find() ? Math.max(1, Integer.parseInt(number.group(1))) : 1;
    }

    private String text(String key) {
        return translations.getTranslation(key, Translations.VIETNAMESE);
    }
}
