/** The library's REST API ({@code /api/v1/library}) and its Faces pages' backing beans. */
package icc.platform.web.library.api;
