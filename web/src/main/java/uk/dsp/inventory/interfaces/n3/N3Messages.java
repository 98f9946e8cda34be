package uk.dsp.inventory.interfaces.n3;

import java.util.List;
import uk.dsp.inventory.contract.n3.CommsHub;
import uk.dsp.inventory.contract.n3.HANVariant;
import uk.dsp.inventory.contract.n3.N3Refusal;
import uk.dsp.inventory.contract.n3.N3RefusalFault;
import uk.dsp.inventory.contract.n3.PreNotifyCommsHubsResponse;
import uk.dsp.inventory.contract.n3.ReasonCode;
import uk.dsp.inventory.contract.n3.RecordOutcome;
import uk.dsp.inventory.contract.n3.RefusalCode;
import uk.dsp.inventory.contract.n3.Result;
import uk.dsp.inventory.dcc.CspRegion;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.smi.control.CommsHubPreNotification;
import uk.dsp.inventory.smi.control.PreNotificationOutcome;
import uk.dsp.inventory.smi.control.RefusalReason;
import uk.dsp.inventory.smi.entity.CommsHubDetails;
import uk.dsp.inventory.smi.entity.HanVariant;

/** Translates between the CSPM-N3 contract's generated classes and the SMI's own types. */
final class N3Messages {

    private N3Messages() {}

    static CommsHubPreNotification toPreNotification(CommsHub hub) {
        return new CommsHubPreNotification(
                Eui64.parse(hub.getCHFDeviceID()),
                Eui64.parse(hub.getGPFDeviceID()),
                new CommsHubDetails(
                        hub.getDeviceManufacturer(),
                        hub.getDeviceModel(),
                        hub.getFirmwareVersion(),
                        hub.getHardwareVersion(),
                        hub.getSMETSCHTSVersion(),
                        hanVariant(hub.getHANVariant()),
                        CspRegion.fromDuisName(hub.getCSPRegion()),
                        hub.getDeliveredToPartyID(),
                        hub.getDeliveryDate()
                                .toGregorianCalendar()
                                .toZonedDateTime()
                                .toLocalDate()));
    }

    static PreNotifyCommsHubsResponse toResponse(List<PreNotificationOutcome> outcomes) {
        PreNotifyCommsHubsResponse response = new PreNotifyCommsHubsResponse();
        int accepted = 0;
        for (PreNotificationOutcome outcome : outcomes) {
            RecordOutcome record = new RecordOutcome();
            record.setCHFDeviceID(outcome.chfDeviceId().toString());
            record.setResult(outcome.accepted() ? Result.ACCEPTED : Result.REJECTED);
            record.setReasonCode(ReasonCode.valueOf(outcome.reason().name()));
            record.setDescription(outcome.reason().description());
            response.getOutcome().add(record);
            accepted += outcome.accepted() ? 1 : 0;
        }
        response.setAcceptedCount(accepted);
        response.setRejectedCount(outcomes.size() - accepted);
        return response;
    }

    static N3RefusalFault refusal(RefusalReason reason, String message) {
        N3Refusal refusal = new N3Refusal();
        refusal.setCode(RefusalCode.valueOf(reason.name()));
        refusal.setMessage(message);
        return new N3RefusalFault(message, refusal);
    }

    private static HanVariant hanVariant(HANVariant variant) {
        return variant == HANVariant.SINGLE_BAND_2_4_G_HZ ? HanVariant.SINGLE_BAND : HanVariant.DUAL_BAND;
    }
}
