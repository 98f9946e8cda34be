package uk.dsp.inventory.it.smi;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.dsp.inventory.it.support.duis.DuisClient.responseCode;
import static uk.dsp.inventory.it.support.duis.SmiDocuments.statusCh;
import static uk.dsp.inventory.it.support.duis.SmiDocuments.statusExceptCh;

import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.Eui64s;
import uk.dsp.inventory.it.support.Eventually;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.PreparedServer;
import uk.dsp.inventory.it.support.duis.DuisSchema;
import uk.dsp.inventory.it.support.duis.ReturnDocuments;
import uk.dsp.inventory.it.support.duis.ReturnDocuments.Hub;
import uk.dsp.inventory.it.support.duis.ReturningSupplier;
import uk.dsp.inventory.it.support.duis.SmiDocuments;

/** SR 12.2, 8.2, 8.4, 8.14.1 and 8.14.2 as suppliers' DUIS clients send them, signed, over HTTP. */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class SmiLifecycleOverDuisIT {

    private ReturningSupplier supplier;
    private ReturningSupplier other;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    @BeforeEach
    void registerSuppliers() {
        supplier = ReturningSupplier.register();
        other = ReturningSupplier.register();
    }

    @Test
    void preNotifiesAMeterAsPendingWithTheRequesterAsItsNotifyingParty() {
        String meter = Eui64s.random();

        String reply = supplier.send(SmiDocuments.preNotify(supplier.partyId(), meter, "ESME", null));

        assertThat(responseCode(reply)).isEqualTo("I0");
        assertThat(reply).contains("<sr:ServiceReference>12.2</sr:ServiceReference>");
        DuisSchema.validate(reply);
        assertThat(device(meter))
                .containsEntry("smi_status", "PENDING")
                .containsEntry("device_type", "ESME")
                .containsEntry("notifying_party_id", supplier.partyId())
                .containsEntry("manufacturer", "Landis+Gyr");
    }

    @Test
    void refusesPreNotifyingAKnownDeviceACommsHubOrWithAnUnknownGpf() {
        String meter = Eui64s.random();
        supplier.send(SmiDocuments.preNotify(supplier.partyId(), meter, "ESME", null));
        Hub hub = supplier.deliveredHubs(1).get(0);

        assertThat(responseCode(supplier.send(SmiDocuments.preNotify(supplier.partyId(), meter, "GSME", null))))
                .isEqualTo("E120201");
        assertThat(responseCode(
                        supplier.send(SmiDocuments.preNotify(supplier.partyId(), Eui64s.random(), "CHF", null))))
                .isEqualTo("E120203");
        assertThat(responseCode(supplier.send(
                        SmiDocuments.preNotify(supplier.partyId(), Eui64s.random(), "GSME", Eui64s.random()))))
                .isEqualTo("E120204");
        assertThat(responseCode(
                        supplier.send(SmiDocuments.preNotify(supplier.partyId(), Eui64s.random(), "GSME", hub.chf()))))
                .isEqualTo("E120204");
        String gasMeter = Eui64s.random();
        assertThat(responseCode(supplier.send(SmiDocuments.preNotify(supplier.partyId(), gasMeter, "GSME", hub.gpf()))))
                .isEqualTo("I0");
        assertThat(device(gasMeter)).containsEntry("associated_gpf_id", Eui64s.value(hub.gpf()));
    }

    @Test
    void readInventoryShowsTheAnswerablePartyEverythingAndOthersNoMeterPoint() {
        String meter = Eui64s.random();
        String mpxn = "1" + Long.toString(Math.abs(Eui64s.value(meter)) % 1_000_000_000_000L);
        supplier.send(SmiDocuments.preNotify(supplier.partyId(), meter, "ESME", null));
        assertThat(responseCode(supplier.send(SmiDocuments.update(
                        supplier.partyId(),
                        meter,
                        "<sr:UpdateMPxN><sr:ImportMPxN>" + mpxn + "</sr:ImportMPxN></sr:UpdateMPxN>"))))
                .isEqualTo("I0");

        String own = supplier.send(SmiDocuments.readByDeviceId(supplier.partyId(), meter));
        String others = other.send(SmiDocuments.readByDeviceId(other.partyId(), meter));

        assertThat(own)
                .contains(
                        "<sr:ResponseCode>I0<",
                        "<sr:DeviceID>" + meter + "<",
                        "<sr:DeviceStatus>Pending<",
                        "<sr:ImportMPxN>" + mpxn + "<");
        assertThat(others)
                .contains("<sr:ResponseCode>I0<", "<sr:DeviceID>" + meter + "<", "<sr:DeviceModel>E470<")
                .doesNotContain(mpxn);
        DuisSchema.validate(own);
        DuisSchema.validate(others);
        assertThat(supplier.send(SmiDocuments.readByMpxn(supplier.partyId(), mpxn)))
                .contains("<sr:DeviceID>" + meter + "<");
        assertThat(responseCode(other.send(SmiDocuments.readByMpxn(other.partyId(), mpxn))))
                .isEqualTo("E080202");
        assertThat(responseCode(supplier.send(SmiDocuments.readByDeviceId(supplier.partyId(), Eui64s.random()))))
                .isEqualTo("E19");
    }

    @Test
    void updateInventoryChangesOnlyWhatTheTableAllowsTheRightParty() {
        String meter = Eui64s.random();
        supplier.send(SmiDocuments.preNotify(supplier.partyId(), meter, "ESME", null));

        assertThat(responseCode(other.send(
                        SmiDocuments.update(other.partyId(), meter, statusExceptCh("InstalledNotCommissioned")))))
                .isEqualTo("E4");
        assertThat(responseCode(
                        supplier.send(SmiDocuments.update(supplier.partyId(), meter, statusCh("Commissioned")))))
                .isEqualTo("E11");
        assertThat(responseCode(
                        supplier.send(SmiDocuments.update(supplier.partyId(), meter, statusExceptCh("Pending")))))
                .isEqualTo("E5");
        assertThat(responseCode(
                        supplier.send(SmiDocuments.update(supplier.partyId(), meter, "<sr:UpdateDeviceDetails/>"))))
                .isEqualTo("E080405");
        assertThat(
                        responseCode(
                                supplier.send(
                                        SmiDocuments.update(
                                                supplier.partyId(),
                                                meter,
                                                "<sr:UpdateDeviceDetails><sr:FirmwareVersion>1.3.0</sr:FirmwareVersion></sr:UpdateDeviceDetails>"))))
                .isEqualTo("I0");
        assertThat(device(meter)).containsEntry("smi_status", "PENDING").containsEntry("firmware_version", "1.3.0");

        assertThat(responseCode(supplier.send(
                        SmiDocuments.update(supplier.partyId(), meter, statusExceptCh("InstalledNotCommissioned")))))
                .isEqualTo("I0");
        assertThat(device(meter)).containsEntry("smi_status", "INSTALLED_NOT_COMMISSIONED");
        assertThat(responseCode(supplier.send(SmiDocuments.update(supplier.partyId(), meter, "<sr:DeleteDevice/>"))))
                .isEqualTo("E5");
        assertThat(responseCode(
                        supplier.send(SmiDocuments.update(supplier.partyId(), meter, statusExceptCh("Pending")))))
                .isEqualTo("I0");
        assertThat(responseCode(other.send(SmiDocuments.update(other.partyId(), meter, "<sr:DeleteDevice/>"))))
                .isEqualTo("E4");
        assertThat(responseCode(supplier.send(SmiDocuments.update(supplier.partyId(), meter, "<sr:DeleteDevice/>"))))
                .isEqualTo("I0");
        assertThat(ItDatabase.rows("select * from device where device_id = ?", Eui64s.value(meter)))
                .isEmpty();
    }

    @Test
    void installingAHubMakesTheInstallerItsResponsibleSupplier() {
        List<Hub> hubs = supplier.deliveredHubs(3);

        assertThat(responseCode(other.send(SmiDocuments.installWithoutSmWan(
                        other.partyId(), hubs.get(0).chf(), "1234567890123"))))
                .isEqualTo("E4");
        assertThat(responseCode(supplier.send(SmiDocuments.installWithoutSmWan(
                        supplier.partyId(), hubs.get(0).chf(), "1234567890123"))))
                .isEqualTo("I0");
        assertThat(device(hubs.get(0).chf()))
                .containsEntry("smi_status", "INSTALLED_NOT_COMMISSIONED")
                .containsEntry("responsible_supplier_id", supplier.partyId())
                .containsEntry("import_mpxn", "1234567890123");
        assertThat(device(hubs.get(0).gpf())).containsEntry("smi_status", "INSTALLED_NOT_COMMISSIONED");
        assertThat(responseCode(supplier.send(SmiDocuments.installWithoutSmWan(
                        supplier.partyId(), hubs.get(0).chf(), "1234567890123"))))
                .isEqualTo("E5");

        assertThat(responseCode(supplier.send(SmiDocuments.installWithSmWan(
                        supplier.partyId(), hubs.get(1).chf(), "9876543"))))
                .isEqualTo("I0");
        assertThat(device(hubs.get(1).chf())).containsEntry("smi_status", "COMMISSIONED");
        assertThat(device(hubs.get(1).gpf())).containsEntry("smi_status", "INSTALLED_NOT_COMMISSIONED");

        supplier.send(ReturnDocuments.noFaultReturn(supplier.partyId(), ReturnDocuments.nextCounter(), hubs.get(2)));
        assertThat(responseCode(supplier.send(SmiDocuments.installWithSmWan(
                        supplier.partyId(), hubs.get(2).chf(), "9876543"))))
                .isEqualTo("E081401");
        assertThat(responseCode(supplier.send(SmiDocuments.installWithSmWan(
                        supplier.partyId(), hubs.get(2).gpf(), "9876543"))))
                .isEqualTo("E11");
    }

    @Test
    void aHubGoesFromDeliveryThroughInstallAndLeaveToAFaultReturnByItsResponsibleSupplier() {
        Hub hub = supplier.deliveredHubs(1).get(0);
        String meter = Eui64s.random();

        assertThat(responseCode(supplier.send(SmiDocuments.preNotify(supplier.partyId(), meter, "ESME", null))))
                .isEqualTo("I0");
        assertThat(responseCode(supplier.send(
                        SmiDocuments.installWithoutSmWan(supplier.partyId(), hub.chf(), "1100000000001"))))
                .isEqualTo("I0");
        assertThat(responseCode(supplier.send(
                        SmiDocuments.update(supplier.partyId(), meter, statusExceptCh("InstalledNotCommissioned")))))
                .isEqualTo("I0");
        String requestId = supplier.partyId() + ":" + ReturnDocuments.DSP + ":";
        long counter = ReturnDocuments.nextCounter();
        String returned = supplier.send(
                ReturnDocuments.faultReturn(supplier.partyId(), counter, hub, "Fault identified post installation"));

        assertThat(responseCode(returned)).isEqualTo("I0");
        Eventually.await(
                "the returns record",
                () -> !ItDatabase.rows("select * from returns_record where request_id = ?", requestId + counter)
                        .isEmpty());
        assertThat(ItDatabase.rows(
                        "select response_code from sat_entry where originator_id = ? and entry_kind = 'REQUEST'",
                        supplier.partyId()))
                .extracting(r -> r.get("response_code"))
                .hasSize(4)
                .containsOnly("I0");
    }

    static Map<String, Object> device(String deviceId) {
        List<Map<String, Object>> rows =
                ItDatabase.rows("select * from device where device_id = ?", Eui64s.value(deviceId));
        assertThat(rows).as("device " + deviceId).hasSize(1);
        return rows.get(0);
    }
}
