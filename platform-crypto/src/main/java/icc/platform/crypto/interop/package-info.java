/**
 * Interoperability with standard CMS tools such as {@code openssl cms}: export of a document as
 * a plain RFC 5083 AuthEnvelopedData (AES-256-GCM) and import of one made elsewhere.
 */
package icc.platform.crypto.interop;
