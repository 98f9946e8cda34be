package uk.dsp.inventory.interfaces.selfservice.reflash;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import uk.dsp.inventory.dcc.Refused;
import uk.dsp.inventory.firmware.boundary.FirmwareCatalogue;
import uk.dsp.inventory.firmware.entity.FirmwareRelease;
import uk.dsp.inventory.firmware.entity.FirmwareReleaseChange;
import uk.dsp.inventory.interfaces.http.JsonBodies;
import uk.dsp.inventory.interfaces.http.JsonOutput;
import uk.dsp.inventory.interfaces.selfservice.ApiSignIn;
import uk.dsp.inventory.interfaces.selfservice.PageLimit;

/**
 * The firmware catalogue: any signed-in user reads it and its settings ({@code changes}); DCC Logistics sets a
 * model's latest production version with {@code PUT {manufacturer}/{model}} and {@code {"latestVersion":"..."}}.
 */
@Path("v1/firmware-catalogue")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class FirmwareCatalogueResource {

    private static final PageLimit CHANGES = new PageLimit(500);

    @Inject
    ApiSignIn signIn;

    @Context
    HttpServletRequest request;

    @EJB
    FirmwareCatalogue catalogue;

    @GET
    public JsonObject list() {
        signIn.member(request);
        return JsonOutput.object()
                .add("models", ReflashJson.list(catalogue.list(), FirmwareCatalogueResource::json))
                .build();
    }

    /** The catalogue's settings, newest first, at most {@code limit} (1 to 500). */
    @GET
    @Path("changes")
    public JsonObject changes(@QueryParam("limit") @DefaultValue("100") int limit) {
        signIn.member(request);
        if (!CHANGES.allows(limit)) {
            throw Refused.invalid("limit " + CHANGES.range());
        }
        return JsonOutput.object()
                .add("changes", ReflashJson.list(catalogue.changes(limit), FirmwareCatalogueResource::json))
                .build();
    }

    @PUT
    @Path("{manufacturer}/{model}")
    public JsonObject set(
            @PathParam("manufacturer") String manufacturer, @PathParam("model") String model, String body) {
        String version = JsonBodies.string(JsonBodies.object(body), "latestVersion");
        return json(catalogue.setLatest(signIn.member(request), manufacturer, model, version));
    }

    private static JsonObject json(FirmwareReleaseChange change) {
        JsonObjectBuilder json = JsonOutput.object()
                .add("manufacturer", change.manufacturer())
                .add("model", change.model())
                .add("latestVersion", change.latestVersion())
                .add("changedAt", change.changedAt().toString())
                .add("changedBy", change.changedBy());
        if (change.previousVersion() != null) {
            json.add("previousVersion", change.previousVersion());
        }
        return json.build();
    }

    private static JsonObject json(FirmwareRelease release) {
        return JsonOutput.object()
                .add("manufacturer", release.manufacturer())
                .add("model", release.model())
                .add("latestVersion", release.latestVersion())
                .add("setAt", release.setAt().toString())
                .add("setBy", release.setBy())
                .build();
    }
}
