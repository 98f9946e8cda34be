package uk.dsp.inventory.it.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.dsp.inventory.it.support.duis.ReturnDocuments.nextCounter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.Eui64s;
import uk.dsp.inventory.it.support.PreparedServer;
import uk.dsp.inventory.it.support.duis.DccSigningTool;
import uk.dsp.inventory.it.support.duis.DuisClient;
import uk.dsp.inventory.it.support.duis.ReturnDocuments.Hub;
import uk.dsp.inventory.it.support.duis.ReturningSupplier;
import uk.dsp.inventory.it.support.duis.SigningIdentity;

/**
 * A Service User built for DCC Boxed points at us unchanged: the DCC's own DUIS 5.4 templates of every SR we serve,
 * addressed to DCC Boxed's DSP ID and posted to DCC Boxed's path, signed with the DCC's reference signer, are
 * answered I0, and the same tool validates each signed answer.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class DccRequestTemplatesIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    @Test
    void theDccsOwnTemplatesOfEverySrWeServeAreAnsweredI0(@TempDir Path keys) throws IOException {
        ReturningSupplier supplier = ReturningSupplier.register("IS", "ES");
        SigningIdentity.KeyFiles files = supplier.identity().writeTo(keys);
        DccSigningTool tool = new DccSigningTool();
        Path dspCertificate = Files.writeString(keys.resolve("dsp.pem"), DuisClient.dspCertificatePem());
        Hub read = supplier.deliveredHubs(1).get(0);
        Hub installed = supplier.deliveredHubs(1).get(0);
        Hub installedWithoutWan = supplier.deliveredHubs(1).get(0);
        Hub faulty = supplier.deliveredHubs(1).get(0);
        Hub unwanted = supplier.deliveredHubs(1).get(0);
        String meter = Eui64s.random();

        String[][] requests = {
            {"12.2_DEVICE_PRE_NOTIFICATION", read.chf(), meter},
            {"8.2_READ_INVENTORY", read.chf(), meter},
            {"8.14.1_COMMUNICATIONS_HUB_STATUS_UPDATE_INSTALL_SUCCESS", installed.chf(), meter},
            {"8.14.2_COMMUNICATIONS_HUB_STATUS_UPDATE_INSTALL_NO_SM_WAN", installedWithoutWan.chf(), meter},
            // the fault return's OtherDeviceID is the template's meter ID: here the CH's own GPF, as the rule wants
            {"8.14.3_COMMUNICATIONS_HUB_STATUS_UPDATE_FAULT_RETURN", faulty.chf(), faulty.gpf()},
            {"8.14.4_COMMUNICATIONS_HUB_STATUS_UPDATE_NO_FAULT_RETURN", unwanted.chf(), meter},
            {"8.4_UPDATE_INVENTORY", read.chf(), meter}, // DeleteDevice of the meter pre-notified first
        };
        for (String[] request : requests) {
            String xml =
                    DccRequestTemplates.request(request[0], supplier.partyId(), nextCounter(), request[1], request[2]);
            String signed = tool.sign(xml, files.certificate(), files.privateKey(), true);

            DuisClient.Reply reply = DuisClient.post(signed);

            assertThat(reply.status()).as(request[0] + ": " + reply.body()).isEqualTo(200);
            assertThat(reply.body()).as(request[0]).contains("<sr:ResponseCode>I0</sr:ResponseCode>");
            DccSigningTool.Result validated = tool.validate(reply.body(), dspCertificate);
            assertThat(validated.ok())
                    .as(request[0] + ": " + validated.stderr())
                    .isTrue();
        }
    }
}
