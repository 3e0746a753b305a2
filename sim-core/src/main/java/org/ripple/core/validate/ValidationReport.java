package org.ripple.core.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ripple.core.impact.LeontiefSystem;
import org.ripple.core.impact.SpectralBounds;
import org.ripple.core.linalg.PerronRoot;

/**
 * What {@link ModelValidator} found: the findings (errors first, then warnings, each in sector order), the spectral
 * radius bounds of A and of the household-closed matrix (null when the model has no Type II), and one line per check
 * saying what was checked (or why it could not be).
 */
public final class ValidationReport {
  private final List<Finding> findings;
  private final PerronRoot typeI;
  private final PerronRoot typeII;
  private final List<String> checks;
  private final LeontiefSystem system;

  /** The report of checks that stopped before the Leontief systems (the numbers were not all finite). */
  static ValidationReport stopped(Findings found) {
    return new ValidationReport(found, null, null);
  }

  /** The report of every check: the bounds found, and the system when it could be built (else null). */
  static ValidationReport of(Findings found, SpectralBounds bounds, LeontiefSystem system) {
    return new ValidationReport(found, Objects.requireNonNull(bounds, "bounds"), system);
  }

  private ValidationReport(Findings found, SpectralBounds bounds, LeontiefSystem system) {
    List<Finding> findings = found.findings();
    List<Finding> sorted = new ArrayList<>();
    for (Finding f : findings) {
      if (f.isError()) {
        sorted.add(f);
      }
    }
    for (Finding f : findings) {
      if (!f.isError()) {
        sorted.add(f);
      }
    }
    this.findings = List.copyOf(sorted);
    this.typeI = bounds == null ? null : bounds.typeI();
    this.typeII = bounds == null ? null : bounds.typeII();
    this.checks = List.copyOf(found.checks());
    this.system = system;
  }

  /**
   * The system the exact productivity test built (with {@link org.ripple.core.linalg.SolverKind#auto}), so that a
   * command can solve with it instead of building (and factoring) the same model again; empty when the checks
   * stopped before it or it could not be built.
   */
  public Optional<LeontiefSystem> system() {
    return Optional.ofNullable(system);
  }

  /** Every finding, errors first. */
  public List<Finding> findings() {
    return findings;
  }

  public List<Finding> errors() {
    return findings.stream().filter(Finding::isError).toList();
  }

  public List<Finding> warnings() {
    return findings.stream().filter(f -> !f.isError()).toList();
  }

  public boolean hasErrors() {
    return !findings.isEmpty() && findings.get(0).isError();
  }

  /** Bounds on the spectral radius of A (null only when the numbers were not finite). */
  public PerronRoot spectralRadius() {
    return typeI;
  }

  /** Bounds on the spectral radius of the household-closed matrix, or null without Type II. */
  public PerronRoot spectralRadiusTypeII() {
    return typeII;
  }

  /** What was checked, one line each, e.g. the balance tolerance. */
  public List<String> checks() {
    return checks;
  }
}
