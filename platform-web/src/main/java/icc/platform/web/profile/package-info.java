/**
 * Country profiles (issue 8): per State, focal points, competent authorities, the channel and
 * languages for requests (Rome Statute art. 87(1)-(2)), procedures and voluntary agreements.
 */
package icc.platform.web.profile;
