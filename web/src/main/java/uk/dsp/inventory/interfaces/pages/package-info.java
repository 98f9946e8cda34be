/**
 * The self-service pages, rendered on the server by Jakarta Faces: the SSI for Service Users' and CSPs' staff at
 * {@code /dsp/ssi/}, the SSMI for DCC operators at {@code /dsp/ssmi/}. They call the same facades as the JSON API,
 * each through {@code RefusalMessages}, so that a refused step shows its reason at the page's top.
 * People sign in with a form; the session holds who they are; every form posts back with its view state, which
 * Faces keeps on the server under a random ID and is the form's CSRF token; the layout's sign-out is a plain form
 * with a session token of its own ({@code SignOut}), so that a page without a form keeps no view.
 */
package uk.dsp.inventory.interfaces.pages;
