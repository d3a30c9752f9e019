package icc.platform.web.request.domain;

/**
 * One thing a drafter must fix before a request can go out.
 *
 * @param field path of the field concerned, e.g. {@code assets[1].iban} or {@code decisionRef}
 * @param message what to do, in words a drafter understands
 * @param basis the rule it comes from, e.g. {@code art. 96(2)(a)} or {@code ISO 13616}
 */
public record Finding(String field, String message, String basis) {}
