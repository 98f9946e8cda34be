package uk.dsp.inventory.smi.entity;

/** What a Service User says of a device in SR 12.2 and changes with SR 8.4 Update Device Details. */
public record ServiceUserDeviceDetails(
        String manufacturer, String model, String smetsChtsVersion, String firmwareVersion, String esmeVariant) {

    public boolean isEmpty() {
        return manufacturer == null
                && model == null
                && smetsChtsVersion == null
                && firmwareVersion == null
                && esmeVariant == null;
    }
}
