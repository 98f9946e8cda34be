package uk.dsp.inventory.dcc;

import java.util.Arrays;

/** The CSP regions; {@link #duisName()} is how the interfaces write them. */
public enum CspRegion {
    NORTH("North"),
    CENTRAL("Central"),
    SOUTH("South"),
    NORTH_4G("4G North"),
    CENTRAL_4G("4G Central"),
    SOUTH_4G("4G South");

    private final String duisName;

    CspRegion(String duisName) {
        this.duisName = duisName;
    }

    public String duisName() {
        return duisName;
    }

    public static CspRegion fromDuisName(String name) {
        return Arrays.stream(values())
                .filter(region -> region.duisName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown CSP region: " + name));
    }
}
