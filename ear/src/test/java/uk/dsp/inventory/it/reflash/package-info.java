/** CH re-flash over the JSON API and CSPM-N3: requests, decisions, work orders, the SMI's new firmware, charges. */
package uk.dsp.inventory.it.reflash;
