/** SQL over the cooperation request tables (V30) and the reference tables (V40); the generated demo history. */
package icc.platform.web.statistics.infrastructure;
