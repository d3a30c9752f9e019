/** Reading, editing and confirming country profiles, each change audited. */
package icc.platform.web.profile.application;
