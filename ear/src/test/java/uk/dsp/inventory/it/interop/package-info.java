/** Interoperation with the DCC's own tools: its request templates (DUIS 5.4) and its reference signer, as DCC Boxed uses them. */
package uk.dsp.inventory.it.interop;
