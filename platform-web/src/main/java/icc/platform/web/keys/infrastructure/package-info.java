/** Key stores in PLATFORM_KEYS_DIR (master key, CA, TSA) and the JPA repository of organisation keys. */
package icc.platform.web.keys.infrastructure;
