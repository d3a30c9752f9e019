/**
 * The chunked AEAD format in which documents are stored and transferred: fixed-size segments,
 * each AES-256-GCM with a counter nonce and a last-segment flag (the STREAM construction), so
 * that any size is processed in constant memory and every change is detected.
 */
package icc.platform.crypto.stream;
