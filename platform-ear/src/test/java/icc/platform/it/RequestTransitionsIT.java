package icc.platform.it;

import static icc.platform.it.RequestApi.act;
import static icc.platform.it.RequestApi.draft;
import static icc.platform.it.RequestApi.ok;
import static icc.platform.it.TestPlatform.json;
import static icc.platform.it.TestPlatform.userToken;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every action × every caller × every state, through the API (docs/requests.md, lifecycle table):
 * the requesting and requested sides get 403 for the other side's actions and 409 listing exactly
 * their allowed actions for their own actions in the wrong state; roles that never act get 403;
 * organisations not addressed (and the requested State before submission) get 404. Nothing changes.
 */
class RequestTransitionsIT {

  static final List<String> ACTIONS = List.of("SUBMIT", "ACKNOWLEDGE", "START", "REQUEST_CLARIFICATION", "ANSWER_CLARIFICATION",
      "REPORT_PARTIAL", "REPORT_EXECUTED", "DECLINE", "WITHDRAW", "OPEN_CONSULTATION", "PROPOSE_CONDITIONS", "POSTPONE", "RESUME",
      "EXPLAIN_DELAY");
  static final Set<String> REQUESTING_ACTIONS = Set.of("SUBMIT", "ANSWER_CLARIFICATION", "WITHDRAW", "RESUME");
  static final Set<String> REQUESTED_ACTIONS = Set.of("ACKNOWLEDGE", "START", "REQUEST_CLARIFICATION", "REPORT_PARTIAL",
      "REPORT_EXECUTED", "DECLINE", "OPEN_CONSULTATION", "PROPOSE_CONDITIONS", "POSTPONE", "RESUME", "EXPLAIN_DELAY");

  /** state → {allowed to the requesting side, allowed to the requested side}. */
  static final Map<String, List<Set<String>>> ALLOWED = new LinkedHashMap<>();

  static {
    ALLOWED.put("DRAFT", List.of(Set.of("SUBMIT"), Set.of()));
    ALLOWED.put("SUBMITTED", List.of(Set.of("WITHDRAW"), Set.of("ACKNOWLEDGE", "DECLINE")));
    ALLOWED.put("ACKNOWLEDGED", List.of(Set.of("WITHDRAW"),
        Set.of("START", "REQUEST_CLARIFICATION", "DECLINE", "OPEN_CONSULTATION", "PROPOSE_CONDITIONS", "POSTPONE")));
    ALLOWED.put("IN_PROGRESS", List.of(Set.of("WITHDRAW"), Set.of("REQUEST_CLARIFICATION", "REPORT_PARTIAL", "REPORT_EXECUTED",
        "DECLINE", "OPEN_CONSULTATION", "PROPOSE_CONDITIONS", "POSTPONE")));
    ALLOWED.put("CLARIFICATION_REQUESTED", List.of(Set.of("ANSWER_CLARIFICATION", "WITHDRAW"),
        Set.of("DECLINE", "OPEN_CONSULTATION", "PROPOSE_CONDITIONS", "POSTPONE")));
    ALLOWED.put("IN_PROGRESS+CONSULTATION", List.of(Set.of("WITHDRAW", "RESUME"), Set.of("DECLINE", "RESUME")));
    ALLOWED.put("IN_PROGRESS+POSTPONED", List.of(Set.of("WITHDRAW"), Set.of("DECLINE", "RESUME")));
    ALLOWED.put("PARTIALLY_EXECUTED", List.of(Set.of(), Set.of("REPORT_EXECUTED")));
    ALLOWED.put("EXECUTED", List.of(Set.of(), Set.of()));
    ALLOWED.put("DECLINED", List.of(Set.of(), Set.of()));
    ALLOWED.put("WITHDRAWN", List.of(Set.of(), Set.of()));
  }

  static final Map<String, String> REQUESTS = new LinkedHashMap<>();
  static String otp;
  static String nl;

  @BeforeAll
  static void oneRequestInEachState() {
    otp = userToken("court", "otp.investigator");
    nl = userToken("state-nl", "focal.nl");
    for (String state : ALLOWED.keySet()) {
      String id = draft(otp, RequestApi.tracing("NL"));
      REQUESTS.put(state, id);
      switch (state) {
        case "DRAFT" -> { }
        case "SUBMITTED" -> ok(act(otp, id, "SUBMIT"));
        case "ACKNOWLEDGED" -> { ok(act(otp, id, "SUBMIT")); ok(act(nl, id, "ACKNOWLEDGE")); }
        case "WITHDRAWN" -> { ok(act(otp, id, "SUBMIT")); ok(act(otp, id, "WITHDRAW", "no longer needed")); }
        case "DECLINED" -> {
          ok(act(otp, id, "SUBMIT"));
          ObjectNode b = TestPlatform.JSON.createObjectNode().put("action", "DECLINE").put("reason", "capacity");
          b.putArray("challenges").addObject().put("code", "CAPACITY");
          ok(TestPlatform.postJson("/api/v1/requests/" + id + "/actions", nl, b.toString()));
        }
        default -> {
          ok(act(otp, id, "SUBMIT"));
          ok(act(nl, id, "ACKNOWLEDGE"));
          ok(act(nl, id, "START"));
          switch (state) {
            case "CLARIFICATION_REQUESTED" -> ok(act(nl, id, "REQUEST_CLARIFICATION", "which account?"));
            case "IN_PROGRESS+CONSULTATION" -> ok(act(nl, id, "OPEN_CONSULTATION", "treaty obligation"));
            case "IN_PROGRESS+POSTPONED" -> ok(TestPlatform.postJson("/api/v1/requests/" + id + "/actions", nl,
                "{\"action\":\"POSTPONE\",\"reason\":\"national case\",\"date\":\"" + RequestApi.today().plusDays(20) + "\"}"));
            case "PARTIALLY_EXECUTED" -> ok(act(nl, id, "REPORT_PARTIAL", "one of two"));
            case "EXECUTED" -> ok(act(nl, id, "REPORT_EXECUTED"));
            default -> { }
          }
        }
      }
    }
  }

  @TestFactory
  List<DynamicTest> everyActionOfEveryCallerInEveryState() {
    Map<String, String> callers = new LinkedHashMap<>();
    callers.put("requesting", otp);
    callers.put("requested", nl);
    callers.put("stranger", userToken("state-sn", "focal.sn"));
    callers.put("officer", userToken("state-nl", "officer.nl"));
    callers.put("analyst", userToken("court", "court.analyst"));
    callers.put("state-admin", userToken("state-nl", "admin.nl"));
    List<DynamicTest> tests = new ArrayList<>();
    ALLOWED.forEach((state, allowed) -> {
      String id = REQUESTS.get(state);
      callers.forEach((who, token) -> {
        for (String action : ACTIONS) {
          Integer expected = expected(state, who, action, allowed);
          if (expected == null) {
            continue; // an allowed step: the lifecycle test takes those
          }
          tests.add(DynamicTest.dynamicTest(state + " " + who + " " + action + " -> " + expected, () -> {
            HttpResponse<String> r = act(token, id, action);
            assertEquals(expected, r.statusCode(), r.body());
            if (expected == 409) {
              Set<String> own = who.equals("requesting") ? allowed.get(0) : allowed.get(1);
              assertEquals(own, new TreeSet<>(RequestLifecycleIT.names(json(r.body()).get("allowedActions"))));
            }
          }));
        }
      });
      String base = state.contains("+") ? state.substring(0, state.indexOf('+')) : state;
      tests.add(DynamicTest.dynamicTest(state + ": unchanged", () -> assertEquals(base, RequestApi.status(otp, id))));
    });
    return tests;
  }

  private static Integer expected(String state, String who, String action, List<Set<String>> allowed) {
    switch (who) {
      case "analyst", "state-admin" -> {
        return 403;
      }
      case "stranger", "officer" -> {
        return 404;
      }
      case "requested" -> {
        if (state.equals("DRAFT")) {
          return 404;
        }
        if (!REQUESTED_ACTIONS.contains(action)) {
          return 403;
        }
        return allowed.get(1).contains(action) ? null : 409;
      }
      default -> {
        if (!REQUESTING_ACTIONS.contains(action)) {
          return 403;
        }
        return allowed.get(0).contains(action) ? null : 409;
      }
    }
  }
}
