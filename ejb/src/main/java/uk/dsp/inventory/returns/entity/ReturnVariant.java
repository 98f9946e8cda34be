package uk.dsp.inventory.returns.entity;

/** The two ways to return a Communications Hub, by their DUIS Service Reference Variant. */
public enum ReturnVariant {
    FAULT("8.14.3"),
    NO_FAULT("8.14.4");

    private final String serviceReferenceVariant;

    ReturnVariant(String serviceReferenceVariant) {
        this.serviceReferenceVariant = serviceReferenceVariant;
    }

    public String serviceReferenceVariant() {
        return serviceReferenceVariant;
    }

    public static ReturnVariant of(String serviceReferenceVariant) {
        for (ReturnVariant variant : values()) {
            if (variant.serviceReferenceVariant.equals(serviceReferenceVariant)) {
                return variant;
            }
        }
        throw new IllegalArgumentException("not a returns variant: " + serviceReferenceVariant);
    }
}
