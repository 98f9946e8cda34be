package uk.dsp.inventory.interfaces.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpMetersTest {

    @Test
    void aPathIsNamedByTheFirstEndpointItStartsWithAndAnyOtherIsOther() {
        assertThat(HttpMeters.endpoint("/api/v1/serviceD")).isEqualTo("duis");
        assertThat(HttpMeters.endpoint("/api/v1/incidents/7")).isEqualTo("self-service-api");
        assertThat(HttpMeters.endpoint("/api/admin/parties")).isEqualTo("admin-api");
        assertThat(HttpMeters.endpoint("/cspm/N3")).isEqualTo("cspm-n3");
        assertThat(HttpMeters.endpoint("/ssmi/overdue.csv")).isEqualTo("ssmi-pages");
        assertThat(HttpMeters.endpoint("/ssi/index.xhtml")).isEqualTo("ssi-pages");
        assertThat(HttpMeters.endpoint("/metrics")).isEqualTo("other");
        assertThat(HttpMeters.endpoint("/../../etc/passwd" + "x".repeat(1000))).isEqualTo("other");
    }
}
