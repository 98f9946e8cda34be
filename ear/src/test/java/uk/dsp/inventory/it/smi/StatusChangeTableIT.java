package uk.dsp.inventory.it.smi;

import static uk.dsp.inventory.it.support.duis.DuisClient.responseCode;
import static uk.dsp.inventory.it.support.duis.SmiDocuments.statusCh;
import static uk.dsp.inventory.it.support.duis.SmiDocuments.statusExceptCh;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.Eui64s;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.PreparedServer;
import uk.dsp.inventory.it.support.duis.ReturnDocuments;
import uk.dsp.inventory.it.support.duis.ReturnDocuments.Hub;
import uk.dsp.inventory.it.support.duis.ReturningSupplier;
import uk.dsp.inventory.it.support.duis.SmiDocuments;
import uk.dsp.inventory.smi.entity.SmiStatus;

/**
 * Every SMI status against every SR that depends on it, generated: a device is put in each status, the SR is
 * sent by a party entitled to it, and the answer must be I0 exactly where docs/state-machine.md allows the
 * change and E5 everywhere else. The expectations below are that document's table, written out again.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class StatusChangeTableIT {

    private static final Set<SmiStatus> ALL = EnumSet.allOf(SmiStatus.class);

    /** One SR that depends on a device's status, the statuses it is allowed from, and how to send it. */
    private record Case(
            String name,
            boolean commsHub,
            Set<SmiStatus> allowedFrom,
            BiFunction<ReturningSupplier, String[], String> document) {}

    private static final List<Case> CASES = List.of(
            new Case(
                    "8.14.1 install with SM WAN",
                    true,
                    EnumSet.of(SmiStatus.PENDING, SmiStatus.INSTALLED_NOT_COMMISSIONED),
                    (s, d) -> SmiDocuments.installWithSmWan(s.partyId(), d[0], "1234567")),
            new Case(
                    "8.14.2 install and leave",
                    true,
                    EnumSet.of(SmiStatus.PENDING),
                    (s, d) -> SmiDocuments.installWithoutSmWan(s.partyId(), d[0], "1234567")),
            new Case(
                    "8.4 CH to Commissioned",
                    true,
                    EnumSet.of(SmiStatus.INSTALLED_NOT_COMMISSIONED),
                    (s, d) -> SmiDocuments.update(s.partyId(), d[0], statusCh("Commissioned"))),
            new Case(
                    "8.4 CH to InstalledNotCommissioned",
                    true,
                    EnumSet.of(SmiStatus.COMMISSIONED),
                    (s, d) -> SmiDocuments.update(s.partyId(), d[0], statusCh("InstalledNotCommissioned"))),
            new Case(
                    "8.4 CH to Withdrawn",
                    true,
                    EnumSet.of(SmiStatus.INSTALLED_NOT_COMMISSIONED, SmiStatus.COMMISSIONED, SmiStatus.DECOMMISSIONED),
                    (s, d) -> SmiDocuments.update(s.partyId(), d[0], statusCh("Withdrawn"))),
            new Case(
                    "8.14.3 fault before installation",
                    true,
                    EnumSet.of(SmiStatus.PENDING, SmiStatus.WHITELISTED),
                    (s, d) -> ReturnDocuments.faultReturn(
                            s.partyId(),
                            ReturnDocuments.nextCounter(),
                            new Hub(d[0], d[1]),
                            "Fault identified prior to installation")),
            new Case(
                    "8.14.3 fault after installation",
                    true,
                    EnumSet.of(
                            SmiStatus.INSTALLED_NOT_COMMISSIONED,
                            SmiStatus.COMMISSIONED,
                            SmiStatus.DECOMMISSIONED,
                            SmiStatus.WITHDRAWN,
                            SmiStatus.SUSPENDED),
                    (s, d) -> ReturnDocuments.faultReturn(
                            s.partyId(),
                            ReturnDocuments.nextCounter(),
                            new Hub(d[0], d[1]),
                            "Fault identified post installation")),
            new Case(
                    "8.14.4 no fault return",
                    true,
                    EnumSet.complementOf(EnumSet.of(SmiStatus.RECOVERY)),
                    (s, d) -> ReturnDocuments.noFaultReturn(
                            s.partyId(), ReturnDocuments.nextCounter(), new Hub(d[0], d[1]))),
            new Case(
                    "8.4 meter to InstalledNotCommissioned",
                    false,
                    EnumSet.of(SmiStatus.PENDING, SmiStatus.WHITELISTED),
                    (s, d) -> SmiDocuments.update(s.partyId(), d[0], statusExceptCh("InstalledNotCommissioned"))),
            new Case(
                    "8.4 meter to Pending",
                    false,
                    EnumSet.of(SmiStatus.WHITELISTED, SmiStatus.INSTALLED_NOT_COMMISSIONED),
                    (s, d) -> SmiDocuments.update(s.partyId(), d[0], statusExceptCh("Pending"))),
            new Case(
                    "8.4 delete device",
                    false,
                    EnumSet.of(SmiStatus.PENDING),
                    (s, d) -> SmiDocuments.update(s.partyId(), d[0], "<sr:DeleteDevice/>")));

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    @Test
    void everyStatusAgainstEverySrFollowsTheTable() {
        ReturningSupplier supplier = ReturningSupplier.register();
        long hubCases = CASES.stream().filter(Case::commsHub).count();
        Iterator<Hub> hubs =
                supplier.deliveredHubs((int) (hubCases * ALL.size())).iterator();
        SoftAssertions softly = new SoftAssertions();
        for (SmiStatus status : ALL) {
            for (Case c : CASES) {
                String[] devices = c.commsHub() ? hub(hubs.next(), supplier, status) : meter(supplier, status);
                String expected = c.allowedFrom().contains(status) ? "I0" : "E5";
                softly.assertThat(responseCode(supplier.send(c.document().apply(supplier, devices))))
                        .as(c.name() + " from " + status)
                        .isEqualTo(expected);
            }
        }
        softly.assertAll();
    }

    /** A CH in the status, installed by the supplier (so that it is its responsible supplier too). */
    private static String[] hub(Hub hub, ReturningSupplier supplier, SmiStatus status) {
        List<Long> ids = new ArrayList<>(List.of(Eui64s.value(hub.chf()), Eui64s.value(hub.gpf())));
        ItDatabase.update(
                "update device set smi_status = ?, responsible_supplier_id = ? where device_id = any (?)",
                status.name(),
                supplier.partyId(),
                ids.toArray(Long[]::new));
        return new String[] {hub.chf(), hub.gpf()};
    }

    private static String[] meter(ReturningSupplier supplier, SmiStatus status) {
        String meter = Eui64s.random();
        supplier.send(SmiDocuments.preNotify(supplier.partyId(), meter, "ESME", null));
        ItDatabase.update("update device set smi_status = ? where device_id = ?", status.name(), Eui64s.value(meter));
        return new String[] {meter};
    }
}
