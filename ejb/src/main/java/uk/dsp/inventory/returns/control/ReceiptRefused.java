package uk.dsp.inventory.returns.control;

import uk.dsp.inventory.dcc.Refused;

/**
 * A CSP's step on a returns record refused: FORBIDDEN for anyone but a CSP's staff with WORK_ORDERS, NOT_FOUND for
 * a record of another region, NOT_ALLOWED out of order (received before closed, each once).
 */
public class ReceiptRefused extends Refused {

    private static final long serialVersionUID = 1L;

    public ReceiptRefused(Problem problem, String message) {
        super(problem, message);
    }
}
