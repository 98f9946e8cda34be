package uk.dsp.inventory.interfaces.admin;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import uk.dsp.inventory.dcc.CspRegion;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.parties.boundary.Parties;
import uk.dsp.inventory.parties.boundary.PartyView;
import uk.dsp.inventory.parties.control.PartyRegistration;

/** The admin API of the party registry: register, change, read and list Service Users and CSPs. */
@Path("admin/parties")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PartiesResource {

    @EJB
    Parties parties;

    @POST
    public Response register(PartyRegistration registration, @Context UriInfo uri) {
        PartyView party = parties.register(required(registration));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(party.partyId()).build())
                .entity(party)
                .build();
    }

    @PUT
    @Path("{partyId}")
    public PartyView update(@PathParam("partyId") String partyId, PartyRegistration registration) {
        return parties.update(partyId, required(registration));
    }

    /** Every registered party by ID (SEC parties number in the hundreds), or the CSP of one region. */
    @GET
    public List<PartyView> list(@QueryParam("cspRegion") String cspRegion) {
        if (cspRegion != null
                && Arrays.stream(CspRegion.values()).noneMatch(r -> r.duisName().equals(cspRegion))) {
            throw Refused.invalid("unknown cspRegion " + cspRegion
                    + "; regions are North, Central, South, 4G North, 4G Central, 4G South");
        }
        return parties.list().stream()
                .filter(party -> cspRegion == null || cspRegion.equals(party.cspRegion()))
                .toList();
    }

    @GET
    @Path("{partyId}")
    public PartyView read(@PathParam("partyId") String partyId) {
        return parties.read(partyId);
    }

    private static PartyRegistration required(PartyRegistration registration) {
        if (registration == null) {
            throw Refused.invalid("the body must be a party as JSON");
        }
        return registration;
    }
}
