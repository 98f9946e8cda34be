package uk.dsp.inventory.duis.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import uk.dsp.inventory.audit.control.ServiceAuditTrail;
import uk.dsp.inventory.dcc.AuditedServiceRequest;
import uk.dsp.inventory.dcc.ServiceRequestResult;
import uk.dsp.inventory.dcc.ServiceUserRequest;
import uk.dsp.inventory.duis.control.ReplayGuard;
import uk.dsp.inventory.duis.control.ResponseCodes;
import uk.dsp.inventory.platform.resources.ServerResources;

/**
 * What every DUIS Service Request does around its facade method, inside the method's transaction: the replay
 * guard before it, and the Service Audit Trail after it, with each outcome's response code. A request refused as
 * a replay rolls back and leaves nothing.
 */
@AuditedServiceRequest
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ServiceRequestAudit {

    @PersistenceContext(unitName = "smi")
    EntityManager em;

    @Resource(lookup = ServerResources.DATASOURCE)
    DataSource dataSource;

    @AroundInvoke
    public Object guardAndAudit(InvocationContext invocation) throws Exception {
        ServiceUserRequest request = (ServiceUserRequest) invocation.getParameters()[0];
        Instant now = Instant.now();
        new ReplayGuard(em).accept(request.requestId(), now);
        ServiceRequestResult result = (ServiceRequestResult) invocation.proceed();
        ServiceAuditTrail trail = new ServiceAuditTrail(request, now);
        for (ServiceRequestResult.DeviceOutcome device : result.devices()) {
            trail.device(
                    device.deviceId().value(),
                    ResponseCodes.of(device.outcome()).value(),
                    device.detail());
        }
        trail.request(ResponseCodes.of(result.outcome()).value(), result.detail());
        // the transaction's own connection: the datasource hands it the one it already has
        try (Connection connection = dataSource.getConnection()) {
            trail.write(connection);
        } catch (SQLException e) {
            throw new PersistenceException("the Service Audit Trail not written: " + e.getMessage(), e);
        }
        return result;
    }
}
