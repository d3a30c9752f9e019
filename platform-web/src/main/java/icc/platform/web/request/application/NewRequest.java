package icc.platform.web.request.application;

import icc.platform.web.exchange.domain.Classification;
import icc.platform.web.exchange.domain.HandlingCode;
import icc.platform.web.request.domain.RequestContent;
import java.util.List;

/**
 * What drafting a request needs: its thread's title, classification and handling code (default
 * H2: the requested State keeps the request confidential, art. 87(3)), the organisations asked
 * (one request each, sharing a group) and the content.
 */
public record NewRequest(
    String title, Classification classification, HandlingCode handlingCode, String handlingConditions,
    List<String> requestedOrganisations, RequestContent content) {

  public NewRequest {
    classification = classification == null ? Classification.RESTRICTED : classification;
    handlingCode = handlingCode == null ? HandlingCode.H2 : handlingCode;
    requestedOrganisations = requestedOrganisations == null ? List.of() : List.copyOf(requestedOrganisations);
  }
}
