package uk.dsp.inventory.it.parties;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.dsp.inventory.it.support.AdminClient.party;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.dsp.inventory.it.support.AdminClient;
import uk.dsp.inventory.it.support.AdminClient.Reply;
import uk.dsp.inventory.it.support.Certificates;
import uk.dsp.inventory.it.support.DspServer;
import uk.dsp.inventory.it.support.Eui64s;
import uk.dsp.inventory.it.support.Eventually;
import uk.dsp.inventory.it.support.ItDatabase;
import uk.dsp.inventory.it.support.PreparedServer;

/** The party registry through the admin REST API: what administrators can do, and what bad input gets. */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(PreparedServer.class)
@RunAsClient
class AdminPartiesIT {

    private final AdminClient admin = AdminClient.asAdministrator();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return DspServer.ear();
    }

    @Test
    void registersAServiceUserWithItsSigningCertificateAndReadsItBack() {
        String partyId = Eui64s.random();
        String certificate = Certificates.p256("supplier " + partyId);

        Reply created =
                admin.register(party(partyId, "Northern Energy", List.of("IS", "GS"), null, List.of(certificate), null)
                        .build()
                        .toString());

        assertThat(created.status()).isEqualTo(201);
        JsonObject read = admin.read(partyId).json();
        assertThat(read.getString("name")).isEqualTo("Northern Energy");
        assertThat(read.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactlyInAnyOrder("IS", "GS");
        assertThat(read.getJsonArray("certificates")).hasSize(1);
        assertThat(ItDatabase.rows("select party_id from party_certificate where party_id = ?", partyId))
                .hasSize(1);
    }

    @Test
    void updatesAPartyAndReplacesItsCertificates() {
        String partyId = Eui64s.random();
        admin.registerSupplier(partyId);
        String certificate = Certificates.p256("renewed " + partyId);

        Reply updated = admin.update(
                partyId,
                party(partyId, "Renamed Energy", List.of("IS", "ES"), null, List.of(certificate), null)
                        .build()
                        .toString());

        assertThat(updated.status()).isEqualTo(200);
        JsonObject read = admin.read(partyId).json();
        assertThat(read.getString("name")).isEqualTo("Renamed Energy");
        assertThat(read.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactlyInAnyOrder("IS", "ES");
        assertThat(read.getJsonArray("certificates")).hasSize(1);
    }

    @Test
    void registersACspWithItsRegionAndGatewayPasswordWithoutEverShowingThePassword() {
        String partyId = admin.cspOf("4G Central", "correct horse battery");

        JsonObject read = admin.read(partyId).json();
        assertThat(read.getString("cspRegion")).isEqualTo("4G Central");
        assertThat(read.getBoolean("passwordSet")).isTrue();
        assertThat(read.toString()).doesNotContain("correct horse battery");
        assertThat((String) ItDatabase.rows("select password_hash from party where party_id = ?", partyId)
                        .get(0)
                        .get("password_hash"))
                .doesNotContain("correct horse battery");
    }

    @Test
    void refusesAMalformedPartyIdAndStoresNothing() {
        Reply reply = admin.register(party("90-B3-D5-1F-30", "Bad", List.of("IS"), null, List.of(), null)
                .build()
                .toString());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getString("error")).contains("EUI-64");
        assertThat(ItDatabase.rows("select 1 from party where name = 'Bad'")).isEmpty();
    }

    @Test
    void refusesAnUnknownRole() {
        String partyId = Eui64s.random();

        Reply reply = admin.register(party(partyId, "Bad", List.of("IS", "XX"), null, List.of(), null)
                .build()
                .toString());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getString("error")).contains("XX");
        assertThat(admin.read(partyId).status()).isEqualTo(404);
    }

    @Test
    void refusesCertificatesThatDoNotParseOrAreNotEcdsaP256() {
        for (String bad : List.of(
                "-----BEGIN CERTIFICATE-----\nTm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n",
                Certificates.p384("p384"),
                Certificates.rsa("rsa"),
                Certificates.expiredP256("expired"))) {
            String partyId = Eui64s.random();

            Reply reply = admin.register(party(partyId, "Bad", List.of("IS"), null, List.of(bad), null)
                    .build()
                    .toString());

            assertThat(reply.status()).as(bad).isEqualTo(400);
            assertThat(admin.read(partyId).status()).isEqualTo(404);
        }
    }

    @Test
    void refusesADuplicateRegistrationAndKeepsTheFirst() {
        String partyId = Eui64s.random();
        admin.registerSupplier(partyId);

        Reply reply = admin.register(party(partyId, "Impostor", List.of("ES"), null, List.of(), null)
                .build()
                .toString());

        assertThat(reply.status()).isEqualTo(409);
        assertThat(admin.read(partyId).json().getString("name")).isEqualTo("Supplier " + partyId);
    }

    /**
     * Two registrations of one party at the same moment: both pass the check before either writes. The test holds the
     * first one's row uncommitted, so the server's write waits on it and then breaks the primary key.
     */
    @Test
    void theLoserOfARaceToRegisterIsRefusedWith409NotAServerError() throws Exception {
        String partyId = Eui64s.random();
        try (Connection first = ItDatabase.connect()) {
            first.setAutoCommit(false);
            try (PreparedStatement insert = first.prepareStatement("insert into party (party_id, name, created_at,"
                    + " updated_at, version) values (?, 'First', now(), now(), 0)")) {
                insert.setString(1, partyId);
                insert.executeUpdate();
            }
            CompletableFuture<Reply> second = CompletableFuture.supplyAsync(() -> AdminClient.asAdministrator()
                    .register(party(partyId, "Second", List.of("IS"), null, List.of(), null)
                            .build()
                            .toString()));
            Eventually.await(
                    "the second registration waiting on the first's row",
                    () -> !ItDatabase.rows(
                                    "select pid from pg_stat_activity where wait_event_type = 'Lock' and query like"
                                            + " 'INSERT INTO party (%'")
                            .isEmpty());
            first.commit();
            Reply lost = second.get(30, TimeUnit.SECONDS);
            assertThat(lost.status()).as(lost.body()).isEqualTo(409);
            assertThat(lost.body()).contains("at the same moment");
        }
    }

    @Test
    void refusesACertificateAlreadyRegisteredToAnotherParty() {
        String certificate = Certificates.p256("shared");
        String first = Eui64s.random();
        admin.register(party(first, "First", List.of("IS"), null, List.of(certificate), null)
                .build()
                .toString());
        String second = Eui64s.random();

        Reply reply = admin.register(party(second, "Second", List.of("IS"), null, List.of(certificate), null)
                .build()
                .toString());

        assertThat(reply.status()).isEqualTo(409);
        assertThat(admin.read(second).status()).isEqualTo(404);
    }

    @Test
    void aRegionHasOneCspAndASecondIsRefusedWith409() {
        String holder = admin.cspOf("North", "north gateway password");
        String second = Eui64s.random();
        String south = admin.cspOf("South", "south gateway password");

        Reply reply =
                admin.register(party(second, "Second", List.of("CSP"), "North", List.of(), "another long password")
                        .build()
                        .toString());
        Reply move = admin.update(
                south,
                party(south, "CSP " + south, List.of("CSP"), "North", List.of(), null)
                        .build()
                        .toString());
        Reply stay = admin.update(
                holder,
                party(holder, "Renamed", List.of("CSP"), "North", List.of(), null)
                        .build()
                        .toString());

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().getString("error")).contains("North", holder);
        assertThat(admin.read(second).status()).isEqualTo(404);
        assertThat(move.status()).isEqualTo(409);
        assertThat(admin.read(south).json().getString("cspRegion")).isEqualTo("South");
        assertThat(stay.status()).isEqualTo(200);
        assertThat(admin.get("api/admin/parties?cspRegion=North").body())
                .contains(holder)
                .doesNotContain(south);
        assertThat(admin.get("api/admin/parties?cspRegion=Midlands").status()).isEqualTo(400);
        assertThat(admin.read(holder).json().getString("name")).isEqualTo("Renamed");
    }

    @Test
    void refusesACspWithoutRegionOrWithAShortPassword() {
        String partyId = Eui64s.random();

        Reply noRegion = admin.register(party(partyId, "CSP", List.of("CSP"), null, List.of(), "long enough password")
                .build()
                .toString());
        Reply shortPassword = admin.register(party(partyId, "CSP", List.of("CSP"), "North", List.of(), "short")
                .build()
                .toString());

        assertThat(noRegion.status()).isEqualTo(400);
        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(admin.read(partyId).status()).isEqualTo(404);
    }

    @Test
    void answersUnreadableJsonWith400AndUnknownPartiesWith404() {
        assertThat(admin.register("{\"partyId\": ").status()).isEqualTo(400);
        String unknown = Eui64s.random();
        assertThat(admin.read(unknown).status()).isEqualTo(404);
        assertThat(admin.update(
                                unknown,
                                party(unknown, "Nobody", List.of("IS"), null, List.of(), null)
                                        .build()
                                        .toString())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void onlyAnAdministratorMayUseTheRegistry() {
        String cspId = admin.cspOf("South", "gateway password 1");
        String partyId = Eui64s.random();
        String body = party(partyId, "Sneaky", List.of("IS"), null, List.of(), null)
                .build()
                .toString();

        assertThat(AdminClient.anonymous().register(body).status()).isEqualTo(401);
        assertThat(AdminClient.as(PreparedServer.Admin.USER, "wrong")
                        .register(body)
                        .status())
                .isEqualTo(401);
        assertThat(AdminClient.as(cspId, "gateway password 1").read(cspId).status())
                .isEqualTo(401);
        assertThat(admin.read(partyId).status()).isEqualTo(404);
    }
}
