package uk.dsp.inventory.interfaces.selfservice;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import uk.dsp.inventory.dcc.PartyMember;
import uk.dsp.inventory.dcc.UserRole;
import uk.dsp.inventory.interfaces.http.ErrorBody;
import uk.dsp.inventory.returns.boundary.ReturnsTracking;
import uk.dsp.inventory.returns.entity.ReturnsRecord;

/**
 * For DCC operators (SERVICE_DESK): the returns records past their 90-day due date and not closed, by record ID,
 * {@code after} giving the next page: the CHs a CSP has not yet received or closed in time.
 */
@Path("v1/overdue-returns")
@Produces(MediaType.APPLICATION_JSON)
public class OverdueReturnsResource {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    ApiMembers members;

    @Context
    HttpServletRequest request;

    @EJB
    ReturnsTracking tracking;

    @GET
    public Response list(@QueryParam("after") Long after, @QueryParam("limit") @DefaultValue("100") int limit) {
        PartyMember who = members.of(request);
        if (!who.isOperator() || !who.may(UserRole.SERVICE_DESK)) {
            return ErrorBody.response(Response.Status.FORBIDDEN, "overdue returns are for the DCC's service desk");
        }
        if (limit < 1 || limit > ReturnsTracking.MAX_PAGE) {
            return ErrorBody.response(Response.Status.BAD_REQUEST, "limit is from 1 to " + ReturnsTracking.MAX_PAGE);
        }
        List<ReturnsRecord> page = tracking.overdue(LocalDate.now(UK), after, limit);
        return Response.ok(ReturnsJson.page(page, limit, "nextAfter").build()).build();
    }
}
