/** Library use cases in one transaction each, every change recorded in the audit trail. */
package icc.platform.web.library.application;
