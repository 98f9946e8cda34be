/** The DSP as a cluster: two nodes of one managed domain behind HAProxy, as run.sh starts them, losing one. */
package uk.dsp.inventory.it.cluster;
