package uk.dsp.inventory.reflash.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.dsp.inventory.dcc.CspRegion;
import uk.dsp.inventory.dcc.Eui64;
import uk.dsp.inventory.firmware.entity.FirmwareRelease;
import uk.dsp.inventory.smi.entity.CommsHubDetails;
import uk.dsp.inventory.smi.entity.Device;
import uk.dsp.inventory.smi.entity.DeviceType;
import uk.dsp.inventory.smi.entity.HanVariant;
import uk.dsp.inventory.smi.entity.LogisticsStatus;
import uk.dsp.inventory.smi.entity.SmiStatus;

class CommsHubEligibilityTest {

    private static final String PARTY = "90-B3-D5-1F-30-01-00-00";
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private final CommsHubEligibility eligibility =
            new CommsHubEligibility(Map.of(FirmwareRelease.key("Toshiba", "CH-1"), "1.10.0"));

    @Test
    void aPendingChInThePartysStockBehindTheCatalogueMayGo() {
        assertThat(eligibility.refusal(hub("1.9.0", PARTY), PARTY, false)).isNull();
    }

    @Test
    void eachRuleRefusesWithItsOwnReason() {
        assertThat(eligibility.refusal(null, PARTY, false)).isEqualTo(ReflashRefusal.NOT_IN_SMI);
        assertThat(eligibility.refusal(new Device(new Eui64(7), DeviceType.ESME, PARTY, NOW), PARTY, false))
                .isEqualTo(ReflashRefusal.NOT_A_COMMS_HUB);
        assertThat(eligibility.refusal(hub("1.9.0", "90-B3-D5-1F-30-01-00-09"), PARTY, false))
                .isEqualTo(ReflashRefusal.NOT_YOURS);
        Device installed = hub("1.9.0", PARTY);
        installed.installBy(PARTY, "1234567", NOW, NOW);
        assertThat(eligibility.refusal(installed, PARTY, false)).isEqualTo(ReflashRefusal.INSTALLED);
        Device commissioned = hub("1.9.0", PARTY);
        commissioned.moveTo(SmiStatus.COMMISSIONED, NOW);
        assertThat(eligibility.refusal(commissioned, PARTY, false)).isEqualTo(ReflashRefusal.NOT_PENDING);
        Device away = hub("1.9.0", PARTY);
        away.moveLogistics(LogisticsStatus.AWAY_FOR_REFLASH, NOW);
        assertThat(eligibility.refusal(away, PARTY, false)).isEqualTo(ReflashRefusal.NOT_IN_STOCK);
        assertThat(eligibility.refusal(hub("1.9.0", PARTY), PARTY, true)).isEqualTo(ReflashRefusal.IN_OPEN_REFLASH);
        assertThat(eligibility.refusal(hub("1.10.0", PARTY), PARTY, false)).isEqualTo(ReflashRefusal.ALREADY_LATEST);
        assertThat(new CommsHubEligibility(Map.of()).refusal(hub("1.9.0", PARTY), PARTY, false))
                .isEqualTo(ReflashRefusal.NOT_IN_CATALOGUE);
    }

    private static Device hub(String firmware, String deliveredTo) {
        Device chf = new Device(new Eui64(100), DeviceType.CHF, "90-B3-D5-1F-30-0C-00-01", NOW);
        chf.describe(
                new CommsHubDetails(
                        "Toshiba",
                        "CH-1",
                        firmware,
                        "B2",
                        "CHTS 1.3",
                        HanVariant.SINGLE_BAND,
                        CspRegion.SOUTH,
                        deliveredTo,
                        LocalDate.of(2025, 1, 6)),
                NOW);
        chf.deliverAsCommsHub(new Eui64(101));
        return chf;
    }
}
