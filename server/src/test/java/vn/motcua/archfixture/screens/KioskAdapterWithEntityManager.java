package vn.motcua.archfixture.screens;

import jakarta.persistence.EntityManager;
import vn.motcua.archfixture.kiosk.TicketsPort;

/** Breaks rule a: a UI port's adapter querying the database itself. */
public class KioskAdapterWithEntityManager implements TicketsPort {

    private final EntityManager entities;

    /** Takes the entity manager a port adapter must not have. */
    public KioskAdapterWithEntityManager(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public long waiting() {
        return entities.createQuery("select count(t) from Ticket t", Long.class).getSingleResult();
    }
}
