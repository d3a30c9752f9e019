package icc.platform.web.request.domain;

/** How fast the requester needs it; urgent requests may first come by any written medium (art. 96(1)). */
public enum Urgency {
  ROUTINE,
  URGENT,
  IMMEDIATE
}
