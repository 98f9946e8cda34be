/**
 * CH re-flash (seed 003, MP155): parties' requests and forecasts, DCC Logistics' decisions and firmware file, the
 * CSPs' work orders, the SMI's new firmware and the charges. Each step is one transaction with its history and mails.
 */
package uk.dsp.inventory.reflash.boundary;
