package vn.motcua.security;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.Actor;
import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.i18n.Refusal;
import vn.motcua.officer.Officer;
import vn.motcua.officer.OfficerLeft;
import vn.motcua.officer.OfficerMoved;
import vn.motcua.officer.Officers;
import vn.motcua.officer.Unit;

/**
 * Who heads each unit. Joint liability, the head's screens and the follow-ups all read the head from the unit-head
 * account naming the unit ({@link Accounts#headOf}), so appointing a head is an account change: the officer's account
 * becomes the unit's head account and the former head serves as an officer again. An officer who moves away or leaves
 * stops heading the unit in the same transaction.
 */
@Service
public class UnitHeads {

    private final UserAccountRepository accounts;
    private final AccountAdmin accountAdmin;
    private final Officers officers;
    private final AuditTrail audit;

    UnitHeads(UserAccountRepository accounts, AccountAdmin accountAdmin, Officers officers, AuditTrail audit) {
        this.accounts = accounts;
        this.accountAdmin = accountAdmin;
        this.officers = officers;
        this.audit = audit;
    }

    /**
     * Makes an officer of the unit its head. An officer of another unit, one who left, or one whose account is locked
     * is refused. Returns the new account's password (shown once) when the officer had no account yet.
     */
    @Transactional
    public Optional<String> appoint(long unitId, long officerId, Actor by) {
        Officer officer = officers.find(officerId).orElseThrow(() -> new Refusal("accounts.problem.officer"));
        if (!officer.getUnit().getId().equals(unitId)) {
            throw new Refusal("problem.unit.head-not-in-unit", officer.getCode() + " is not of unit #" + unitId,
                    officer.label(), officer.getUnit().label());
        }
        if (officer.getLeftOn().isPresent()) {
            throw new Refusal("problem.unit.head-left", officer.getCode() + " left", officer.label());
        }
        Optional<UserAccount> own = accounts.findFirstByOfficerIdOrderById(officerId);
        if (own.isPresent() && !own.get().isEnabled()) {
            throw new Refusal("problem.unit.head-locked", officer.getCode() + "'s account is locked", officer.label());
        }
        List<UserAccount> former = accounts.findByRoleAndUnitId(Role.UNIT_HEAD, unitId).stream()
                .filter(account -> !Objects.equals(account.getOfficerId(), officerId)).toList();
        if (own.isPresent() && own.get().getRole() == Role.UNIT_HEAD && Objects.equals(unitId, own.get().getUnitId())
                && former.isEmpty()) {
            return Optional.empty();
        }
        former.forEach(UserAccount::stepDown);
        Optional<String> password = Optional.empty();
        if (own.isPresent()) {
            own.get().headUnit(unitId);
        } else {
            password = Optional.of(accountAdmin.create(null, Role.UNIT_HEAD, officerId, null, by));
        }
        audit.record(by, AuditAction.UNIT_HEAD_CHANGED, "unit " + officer.getUnit().getCode(),
                names(former) + " → " + officer.label());
        return password;
    }

    /** A head who moves to another unit no longer heads the one they left. */
    @EventListener
    void onMoved(OfficerMoved moved) {
        stepDown(moved.officerId(), moved.fromUnitId(), moved.by());
    }

    /** An officer who left can no longer sign in, nor head a unit; what they did stays theirs. */
    @EventListener
    void onLeft(OfficerLeft left) {
        accounts.findFirstByOfficerIdOrderById(left.officerId()).ifPresent(account -> {
            if (account.getUnitId() != null) {
                stepDown(left.officerId(), account.getUnitId(), left.by());
            }
            accountAdmin.setEnabled(account.getUsername(), false, left.by());
        });
    }

    private void stepDown(long officerId, long unitId, Actor by) {
        List<UserAccount> heads = accounts.findByRoleAndUnitId(Role.UNIT_HEAD, unitId).stream()
                .filter(account -> Objects.equals(account.getOfficerId(), officerId)).toList();
        if (!heads.isEmpty()) {
            heads.forEach(UserAccount::stepDown);
            audit.record(by, AuditAction.UNIT_HEAD_CHANGED, "unit " + officers.unit(unitId).map(Unit::getCode)
                    .orElse("#" + unitId), names(heads) + " → —");
        }
    }

    private String names(List<UserAccount> heads) {
        return heads.isEmpty() ? "—" : String.join(", ", heads.stream().map(account -> account.getOfficerId() == null
                ? account.getUsername() : officers.find(account.getOfficerId()).map(Officer::label)
                        .orElse(account.getUsername())).toList());
    }
}
