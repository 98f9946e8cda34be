package uk.dsp.inventory.interfaces.n3;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * A call whose soap:Body names no operation (an empty body) is the caller's mistake, so it gets a soap:Client fault
 * that says what the body must hold. Without this, JBossWS answers it with a soap:Server fault in its own words
 * (JBWS024108), as if the DSP had failed.
 */
public class N3OperationRequired extends AbstractPhaseInterceptor<Message> {

    public N3OperationRequired() {
        super(Phase.PRE_INVOKE);
    }

    @Override
    public void handleMessage(Message message) {
        if (message.getExchange().getBindingOperationInfo() == null) {
            Fault fault = new Fault(new IllegalArgumentException(
                    "the soap:Body names no CSPM-N3 operation: it holds one n3:PreNotifyCommsHubs"));
            fault.setFaultCode(Fault.FAULT_CODE_CLIENT);
            throw fault;
        }
    }
}
