/** A country profile, its versions, and who may edit it. */
package icc.platform.web.profile.domain;
