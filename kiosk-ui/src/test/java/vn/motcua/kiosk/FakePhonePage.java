package vn.motcua.kiosk;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A phone page port with the tickets the test puts in it; it remembers which codes the page follows. */
final class FakePhonePage implements PhonePagePort {

    final Map<String, TicketTracking> tickets = new HashMap<>();
    final Map<String, ContactShown> contacts = new HashMap<>();
    final List<String> followedCodes = new ArrayList<>();
    private final List<Runnable> followers = new ArrayList<>();

    @Override
    public CenterInfo center() {
        return FakeKiosk.CENTER;
    }

    @Override
    public Optional<TicketTracking> track(String trackingCode) {
        return Optional.ofNullable(tickets.get(trackingCode));
    }

    @Override
    public void follow(Component view, String trackingCode, Runnable refresh) {
        followedCodes.add(trackingCode);
        followers.add(refresh);
    }

    @Override
    public Optional<ContactShown> contact(String trackingCode) {
        return Optional.ofNullable(contacts.get(trackingCode));
    }

    @Override
    public Optional<String> giveContact(String trackingCode, String phone, boolean consent) {
        if (!consent) {
            return Optional.of("contact.consent-missing");
        }
        contacts.put(trackingCode, new ContactShown("•••••••" + phone.substring(phone.length() - 3),
                MessageProgress.NOT_YET));
        return Optional.empty();
    }

    @Override
    public void withdrawContact(String trackingCode) {
        contacts.remove(trackingCode);
    }

    @Override
    public int contactKeptDays() {
        return 30;
    }

    /** As if the followed ticket had moved. */
    void ticketMoved() {
        followers.forEach(Runnable::run);
    }
}
