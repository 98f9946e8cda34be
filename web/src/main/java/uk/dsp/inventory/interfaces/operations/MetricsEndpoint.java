package uk.dsp.inventory.interfaces.operations;

import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.expositionformats.ExpositionFormatWriter;
import io.prometheus.metrics.expositionformats.ExpositionFormats;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /dsp/metrics}: this node's metrics in the format the scraper asks for (Prometheus text or OpenMetrics,
 * by its {@code Accept}), written by the Prometheus client's own writers with their {@code Content-Type}. Only the
 * addresses in {@code DSP_METRICS_ADDRESS} and loopback reach it ({@code configure-server.cli}); the balancer refuses
 * it, since each node has its own.
 */
@WebServlet(urlPatterns = "/metrics", loadOnStartup = 1)
public class MetricsEndpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient ExpositionFormats formats = ExpositionFormats.init();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String accept = request.getHeader("Accept");
        ExpositionFormatWriter writer = formats.findWriter(accept);
        if (!writer.isAvailable()) {
            writer = formats.getPrometheusTextFormatWriter(); // protobuf's library is not packaged
        }
        response.setContentType(writer.getContentType());
        response.setHeader("Cache-Control", "no-store");
        writer.write(
                response.getOutputStream(),
                PrometheusRegistry.defaultRegistry.scrape(),
                EscapingScheme.fromAcceptHeader(accept));
    }
}
