/**
 * Cooperation requests (issue 7, docs/requests.md): a structured exchange thread of kind
 * COOPERATION_REQUEST with a type, subjects, assets, a signed lifecycle, per-asset outcomes,
 * challenge codes and deadlines (Rome Statute arts. 93, 96, 97, 94).
 */
package icc.platform.web.request;
