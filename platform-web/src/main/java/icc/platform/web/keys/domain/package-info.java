/** An organisation's stored key (certificate and wrapped private key) and its repository. */
package icc.platform.web.keys.domain;
