/** The country profiles' REST API ({@code /api/v1/profiles}) and Faces backing beans. */
package icc.platform.web.profile.api;
