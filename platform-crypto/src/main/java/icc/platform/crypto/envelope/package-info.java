/**
 * Documents as the platform stores and transfers them: a fresh data key per document wrapped for
 * every recipient organisation in a CMS AuthEnvelopedData (the key envelope), the content in the
 * segmented stream format, a detached timestamped signature, and decryption through quarantine.
 */
package icc.platform.crypto.envelope;
