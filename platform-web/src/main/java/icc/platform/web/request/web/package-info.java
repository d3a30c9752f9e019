/** Faces views of cooperation requests: list, drafting form with live completeness, request page. */
package icc.platform.web.request.web;
