package icc.platform.web.statistics.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionGridTest {

  @Test
  void cellsOfOneOrTwoAreSuppressedZeroAndThreeAreNot() {
    SuppressionGrid grid = new SuppressionGrid();
    var zero = grid.cell(0, true);
    var one = grid.cell(1, true);
    var two = grid.cell(2, true);
    var three = grid.cell(3, true);
    grid.apply();
    assertFalse(zero.suppressed());
    assertTrue(one.suppressed());
    assertTrue(two.suppressed());
    assertFalse(three.suppressed());
  }

  @Test
  void aSuppressedPartTakesTheSmallestOtherNonZeroPartWithIt() {
    SuppressionGrid grid = new SuppressionGrid();
    var total = grid.cell(20, true);
    var a = grid.cell(2, true);
    var b = grid.cell(0, true);
    var c = grid.cell(5, true);
    var d = grid.cell(13, true);
    grid.sum(total, List.of(a, b, c, d));
    grid.apply();
    assertTrue(a.suppressed());
    assertTrue(c.suppressed(), "20 - 0 - 13 would give a + c only");
    assertFalse(b.suppressed());
    assertFalse(d.suppressed());
    assertFalse(total.suppressed());
  }

  @Test
  void whenNoOtherPartCanBeHiddenTheTotalIsHidden() {
    SuppressionGrid grid = new SuppressionGrid();
    var total = grid.cell(12, true);
    var own = grid.cell(10, false); // the viewer's own figure: always shown
    var other = grid.cell(2, true);
    grid.sum(total, List.of(own, other));
    grid.apply();
    assertTrue(other.suppressed());
    assertFalse(own.suppressed());
    assertTrue(total.suppressed(), "total - own would reveal the other");
  }

  @Test
  void complementarySuppressionPropagatesAcrossEquations() {
    // A 2x2 table with row and column totals: hiding one cell forces a rectangle.
    SuppressionGrid grid = new SuppressionGrid();
    var a = grid.cell(1, true);
    var b = grid.cell(10, true);
    var c = grid.cell(7, true);
    var d = grid.cell(9, true);
    var row1 = grid.cell(11, true);
    var row2 = grid.cell(16, true);
    var col1 = grid.cell(8, true);
    var col2 = grid.cell(19, true);
    grid.sum(row1, List.of(a, b));
    grid.sum(row2, List.of(c, d));
    grid.sum(col1, List.of(a, c));
    grid.sum(col2, List.of(b, d));
    grid.apply();
    assertTrue(a.suppressed());
    assertTrue(b.suppressed());
    assertTrue(c.suppressed());
    assertTrue(d.suppressed());
    for (var total : List.of(row1, row2, col1, col2)) {
      assertFalse(total.suppressed());
    }
  }

  @Test
  void notSuppressibleCellsStayVisible() {
    SuppressionGrid grid = new SuppressionGrid();
    var own = grid.cell(1, false);
    grid.apply();
    assertFalse(own.suppressed());
  }
}
