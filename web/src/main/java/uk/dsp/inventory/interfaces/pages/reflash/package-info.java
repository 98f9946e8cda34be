/** The re-flash pages: a party's CH stock, requests, forecasts and charges, a CSP's work orders, DCC Logistics' SSMI. */
package uk.dsp.inventory.interfaces.pages.reflash;
