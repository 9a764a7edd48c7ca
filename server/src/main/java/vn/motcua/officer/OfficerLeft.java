package vn.motcua.officer;

import vn.motcua.audit.Actor;

/** An officer left the center; published in the same transaction, so their account is locked with it. */
public record OfficerLeft(long officerId, Actor by) {
}
