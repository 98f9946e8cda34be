package uk.dsp.inventory.dcc;

import java.util.List;

/**
 * What a DUIS Service Request came to, in the domain's words: an outcome for the request as a whole, and one for
 * each device it named. The Service Audit Trail is written from it, and the DUIS edge answers from it.
 */
public interface ServiceRequestResult {

    Enum<?> outcome();

    /** Recorded with the request's audit entry. */
    String detail();

    List<DeviceOutcome> devices();

    /** One device's outcome, with what the audit entry says of it. */
    record DeviceOutcome(Eui64 deviceId, Enum<?> outcome, String detail) {}

    /** The usual SR: one device, whose outcome is the request's. */
    static ServiceRequestResult singleDevice(Eui64 deviceId, Enum<?> outcome, String detail) {
        return new SingleDevice(deviceId, outcome, detail);
    }

    /** A request refused as a whole, naming no device: only its own audit entry. */
    static ServiceRequestResult wholeRequest(Enum<?> outcome, String detail) {
        return new WholeRequest(outcome, detail);
    }

    /** The result of a request refused as a whole. */
    record WholeRequest(Enum<?> outcome, String detail) implements ServiceRequestResult {

        @Override
        public List<DeviceOutcome> devices() {
            return List.of();
        }
    }

    /** The result of an SR that names one device. */
    record SingleDevice(Eui64 deviceId, Enum<?> outcome, String detail) implements ServiceRequestResult {

        @Override
        public List<DeviceOutcome> devices() {
            return List.of(new DeviceOutcome(deviceId, outcome, detail));
        }
    }
}
