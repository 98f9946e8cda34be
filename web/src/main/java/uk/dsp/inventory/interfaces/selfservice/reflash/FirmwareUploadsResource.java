package uk.dsp.inventory.interfaces.selfservice.reflash;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import uk.dsp.inventory.interfaces.http.JsonOutput;
import uk.dsp.inventory.interfaces.selfservice.ApiSignIn;
import uk.dsp.inventory.reflash.boundary.FirmwareUploads;

/**
 * DCC Logistics' file of re-flashed CHs (seed 003 option B), posted as {@code text/csv}: the answer reports every
 * line, applied, already recorded or refused with its reason. A file that is not CSV text, or is too large, is 400 and
 * changes nothing.
 */
@Path("v1/firmware-uploads")
@Consumes("text/csv")
@Produces(MediaType.APPLICATION_JSON)
public class FirmwareUploadsResource {

    @Inject
    ApiSignIn signIn;

    @Context
    HttpServletRequest request;

    @EJB
    FirmwareUploads uploads;

    @POST
    public JsonObject upload(byte[] file) {
        FirmwareUploads.Report report = uploads.upload(signIn.member(request), file);
        return JsonOutput.object()
                .add("applied", rows(report.applied()))
                .add("unchanged", rows(report.unchanged()))
                .add("refused", rows(report.refused()))
                .build();
    }

    private static JsonArrayBuilder rows(List<FirmwareUploads.Row> rows) {
        JsonArrayBuilder array = JsonOutput.array();
        rows.forEach(r -> array.add(JsonOutput.object()
                .add("line", r.line())
                .add("deviceId", r.deviceId() == null ? "" : r.deviceId())
                .add("firmwareVersion", r.version() == null ? "" : r.version())
                .add("outcome", r.outcome())));
        return array;
    }
}
