package icc.platform.web.statistics.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Small-cell suppression with complementary suppression (docs/statistics.md). Cells are counts;
 * equations say which visible cells add up to which, so a suppressed cell is never recoverable
 * by subtraction: whenever an equation has exactly one suppressed member, the smallest non-zero
 * visible suppressible part is suppressed too (or, if none, its total), until no equation has
 * exactly one. Why: ICC requests are few per State and period; a cell of 1 or 2 in another
 * State's figures would let a reader infer what happened to a single request.
 */
public final class SuppressionGrid {

  /** The fewest requests a shown cell may be built from. */
  public static final int THRESHOLD = 3;

  /** One count; {@code suppressible} is false for figures the viewer may see anyway (its own). */
  public static final class Cell {
    private final long value;
    private final boolean suppressible;
    private boolean suppressed;

    Cell(long value, boolean suppressible) {
      this.value = value;
      this.suppressible = suppressible;
    }

    public long value() {
      return value;
    }

    public boolean suppressed() {
      return suppressed;
    }

    public boolean suppressible() {
      return suppressible;
    }

    /** Suppresses the cell whatever its value (e.g. a whole row of fewer than 3 States). */
    public void suppress() {
      if (suppressible) {
        suppressed = true;
      }
    }
  }

  private record Equation(Cell total, List<Cell> parts) {}

  private final List<Cell> cells = new ArrayList<>();
  private final List<Equation> equations = new ArrayList<>();

  /** A new cell; suppressible cells of 1 or 2 are suppressed by {@link #apply()}. */
  public Cell cell(long value, boolean suppressible) {
    Cell cell = new Cell(value, suppressible);
    cells.add(cell);
    return cell;
  }

  /**
   * Declares a linear relation: the parts add up to {@code total} (any relation among the same
   * members works: what matters is that one hidden member is never alone). Parts are hidden as
   * complements before the total.
   */
  public void sum(Cell total, List<Cell> parts) {
    equations.add(new Equation(total, List.copyOf(parts)));
  }

  /** Primary suppression of small cells, then complementary suppression to a fixed point. */
  public void apply() {
    for (Cell cell : cells) {
      if (cell.value > 0 && cell.value < THRESHOLD) {
        cell.suppress();
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Equation equation : equations) {
        long hidden = equation.parts.stream().filter(Cell::suppressed).count() + (equation.total.suppressed ? 1 : 0);
        if (hidden != 1) {
          continue;
        }
        Optional<Cell> next = equation.parts.stream()
            .filter(c -> !c.suppressed && c.suppressible && c.value > 0)
            .min(Comparator.comparingLong(Cell::value));
        Cell chosen = next.orElse(equation.total);
        if (!chosen.suppressed && chosen.suppressible) {
          chosen.suppressed = true;
          changed = true;
        }
      }
    }
  }
}
