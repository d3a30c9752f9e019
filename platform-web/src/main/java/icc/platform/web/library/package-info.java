/**
 * The best-practice library (issue 8, DESIGN.md section 6): entries contributed by States and the
 * Court, moderated before publication, versioned, searchable in full text. docs/library.md.
 */
package icc.platform.web.library;
