/**
 * platform-verify, the offline command-line verifier a State runs on its own machine: verifies a
 * document's detached signature and timestamp, and decrypts a document package with the
 * organisation's own PKCS#12 file. Subcommands are plugged in through {@link
 * icc.platform.crypto.cli.Subcommand} and {@link java.util.ServiceLoader}.
 */
package icc.platform.crypto.cli;
