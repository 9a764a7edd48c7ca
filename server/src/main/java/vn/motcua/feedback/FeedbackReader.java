package vn.motcua.feedback;

import vn.motcua.security.Role;
import vn.motcua.security.SignedInUser;

/**
 * Who reads the feedback desk: their username (the account a denunciation may be addressed to, the officer who recorded
 * a call), whether they are a manager or an administrator, their officer record and the unit they head, if any.
 */
public record FeedbackReader(String username, boolean manager, boolean admin, Long officerId, Long headOfUnit) {

    public static FeedbackReader of(SignedInUser user) {
        return new FeedbackReader(user.username(), user.role() == Role.MANAGER, user.role() == Role.ADMIN,
                user.officerId(), user.role() == Role.UNIT_HEAD ? user.unitId() : null);
    }
}
