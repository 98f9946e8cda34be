/** Writing DCC alert documents (N8) as DUIS responses, to be signed with the DSP's key. */
package uk.dsp.inventory.alerts.control;
