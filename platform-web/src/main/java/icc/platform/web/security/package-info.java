/**
 * Who is calling: verification of bearer tokens from every registered realm (issuer matched
 * exactly against the registry, one cached key set per issuer), the caller model, and the
 * enforcement of declared roles on every API operation.
 */
package icc.platform.web.security;
