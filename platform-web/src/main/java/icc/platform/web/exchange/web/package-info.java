/**
 * The exchange pages for signed-in people (Jakarta Faces under /app/threads) and the servlet that
 * streams document uploads and downloads for them; the same application services as the API.
 */
package icc.platform.web.exchange.web;
