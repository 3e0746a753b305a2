package org.ripple.core.scenario;

import java.util.Objects;

/**
 * One line of a facility's own regional purchases: what it buys from a sector of the region per unit of its output.
 *
 * @param sector sector code in the model
 * @param share purchases from that sector per unit of the facility's output, in [0, 1]
 */
public record Purchase(String sector, double share) {
  public Purchase {
    Objects.requireNonNull(sector, "sector");
  }
}
