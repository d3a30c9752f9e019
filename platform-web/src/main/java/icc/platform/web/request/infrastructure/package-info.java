/** JPA repository, the deadline timer, the clock producer and the demo data of cooperation requests. */
package icc.platform.web.request.infrastructure;
