package vn.motcua.officer;

import vn.motcua.audit.Actor;

/** An officer now belongs to another unit; published in the move's transaction, so a head's account follows at once. */
public record OfficerMoved(long officerId, long fromUnitId, long toUnitId, Actor by) {
}
