/**
 * The self-service interface: 'Request for Install Code' incidents and returns tracking, over the JSON API and in a
 * real browser (Debian's headless Chromium driven by Selenium), with people's sign-in, locks and sessions.
 */
package uk.dsp.inventory.it.selfservice;
