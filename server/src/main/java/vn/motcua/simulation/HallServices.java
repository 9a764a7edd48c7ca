package vn.motcua.simulation;

import org.springframework.stereotype.Component;
import vn.motcua.center.CenterTime;
import vn.motcua.center.Centers;
import vn.motcua.officer.Officers;
import vn.motcua.queue.CallNextTicket;
import vn.motcua.queue.IssueTicket;
import vn.motcua.queue.OpenCounter;
import vn.motcua.queue.RouteTicket;
import vn.motcua.queue.ServeTicket;
import vn.motcua.rating.GiveRating;

/** The services the simulated visitors and officers use: the same ones the kiosk, the console and the pad call. */
@Component
record HallServices(IssueTicket issue, OpenCounter openCounter, CallNextTicket callNext, ServeTicket serve,
        RouteTicket route, GiveRating rating, FiledDossiers dossiers, Officers officers, Centers centers,
        CenterTime time) {
}
