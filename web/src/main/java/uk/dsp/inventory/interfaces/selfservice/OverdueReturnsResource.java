package uk.dsp.inventory.interfaces.selfservice;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import uk.dsp.inventory.dcc.PartyMember;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.dcc.UserRole;
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
    private static final PageLimit PAGE = new PageLimit(ReturnsTracking.MAX_PAGE);

    @Inject
    ApiSignIn signIn;

    @Context
    HttpServletRequest request;

    @EJB
    ReturnsTracking tracking;

    @GET
    public JsonObject list(@QueryParam("after") Long after, @QueryParam("limit") @DefaultValue("100") int limit) {
        PartyMember who = signIn.member(request);
        if (!who.isOperator() || !who.may(UserRole.SERVICE_DESK)) {
            throw Refused.forbidden("overdue returns are for the DCC's service desk");
        }
        if (!PAGE.allows(limit)) {
            throw Refused.invalid("limit is " + PAGE.range());
        }
        List<ReturnsRecord> page = tracking.overdue(LocalDate.now(UK), after, limit);
        return ReturnsJson.page(page, limit, "nextAfter").build();
    }
}
