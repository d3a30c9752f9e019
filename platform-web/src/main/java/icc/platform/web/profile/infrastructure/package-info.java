/** JPA storage of country profiles (one JSON document per version) and the demo profiles. */
package icc.platform.web.profile.infrastructure;
