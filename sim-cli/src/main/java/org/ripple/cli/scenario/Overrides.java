package org.ripple.cli.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ripple.core.ModelInfo;
import org.ripple.core.ScenarioException;
import org.ripple.core.scenario.Closure;
import org.ripple.core.scenario.DemandChange;
import org.ripple.core.scenario.Offset;
import org.ripple.core.scenario.Scenario;
import org.ripple.core.scenario.SubcontractorLoss;
import org.ripple.cli.io.RefusedKey;

/**
 * Sets one numeric field of a scenario for a sweep variant: {@code LIST[i].FIELD} or {@code LIST[*].FIELD} (every
 * entry), with LIST one of closures, subcontractors, offsets, demand_changes and FIELD one of jobs, annual_output,
 * share (offsets), amount (demand changes). Values are in the scenario file's units (money in plain currency units).
 * Setting one sizing key of an entry replaces the others (an offset set to a share is sized by the share only).
 *
 * <p>A path or value the override cannot take (a malformed path, an index past the list, a field that is not swept, a
 * non-finite value) is a {@link RefusedKey} at {@code sweep.set} or {@code sweep.values}: an error about the override
 * itself, not about the variant it would make (whose errors are {@link ScenarioException}s at the scenario's fields).
 */
public final class Overrides {
  private static final Pattern PATH =
      Pattern.compile("(closures|subcontractors|offsets|demand_changes)\\[(\\d{1,6}|\\*)\\]\\.([a-z_]+)");

  private Overrides() {}

  /** Checks a path's shape (not its index) and returns it; {@link RefusedKey} at {@code sweep.set} otherwise. */
  public static String check(String path) {
    Matcher m = PATH.matcher(path.trim());
    if (!m.matches()) {
      throw new RefusedKey("sweep.set", "must look like offsets[0].share or offsets[*].share (lists: closures, "
          + "subcontractors, offsets, demand_changes), was '" + path + "'");
    }
    return path.trim();
  }

  /**
   * The scenario with the field at {@code path} set to {@code value} (in the file's units): {@link RefusedKey} when the
   * override cannot apply, a {@link ScenarioException} when the variant it makes is not a valid scenario.
   */
  public static Scenario apply(Scenario s, String path, double value, ModelInfo model) {
    Matcher m = PATH.matcher(check(path));
    m.matches();
    String list = m.group(1);
    String field = m.group(3);
    int size = switch (list) {
      case "closures" -> s.closures().size();
      case "subcontractors" -> s.subcontractors().size();
      case "offsets" -> s.offsets().size();
      default -> s.demandChanges().size();
    };
    int from = 0;
    int to = size;
    if (!m.group(2).equals("*")) {
      from = Integer.parseInt(m.group(2));
      to = from + 1;
      if (from >= size) {
        throw new RefusedKey("sweep.set", "'" + path + "': the scenario has " + size + " " + list);
      }
    } else if (size == 0) {
      throw new RefusedKey("sweep.set", "'" + path + "': the scenario has no " + list);
    }
    if (!Double.isFinite(value)) {
      throw new RefusedKey("sweep.values", "must be finite numbers, was " + value);
    }
    double money = value / model.unitFactor();
    List<Closure> cs = new ArrayList<>(s.closures());
    List<SubcontractorLoss> ss = new ArrayList<>(s.subcontractors());
    List<Offset> os = new ArrayList<>(s.offsets());
    List<DemandChange> ds = new ArrayList<>(s.demandChanges());
    OptionalDouble v = OptionalDouble.of(value);
    OptionalDouble none = OptionalDouble.empty();
    for (int i = from; i < to; i++) {
      switch (list + "." + field) {
        case "closures.jobs" -> {
          Closure c = cs.get(i);
          cs.set(i, new Closure(c.name(), c.sector(), v, none, c.location(), c.field(), c.profile()));
        }
        case "closures.annual_output" -> {
          Closure c = cs.get(i);
          cs.set(i, new Closure(c.name(), c.sector(), none, OptionalDouble.of(money), c.location(), c.field(),
              c.profile()));
        }
        case "subcontractors.jobs" -> {
          SubcontractorLoss c = ss.get(i);
          ss.set(i, new SubcontractorLoss(c.name(), c.sector(), v, none, c.mode(), c.field(), c.profile()));
        }
        case "subcontractors.annual_output" -> {
          SubcontractorLoss c = ss.get(i);
          ss.set(i, new SubcontractorLoss(c.name(), c.sector(), none, OptionalDouble.of(money), c.mode(), c.field(),
              c.profile()));
        }
        case "offsets.share" -> {
          Offset o = os.get(i);
          os.set(i, new Offset(o.name(), o.sector(), v, none, none, o.of(), o.field()));
        }
        case "offsets.jobs" -> {
          Offset o = os.get(i);
          os.set(i, new Offset(o.name(), o.sector(), none, v, none, null, o.field()));
        }
        case "offsets.annual_output" -> {
          Offset o = os.get(i);
          os.set(i, new Offset(o.name(), o.sector(), none, none, OptionalDouble.of(money), null, o.field()));
        }
        case "demand_changes.amount" -> {
          DemandChange d = ds.get(i);
          ds.set(i, new DemandChange(d.name(), d.sector(), money, d.field()));
        }
        default -> throw new RefusedKey("sweep.set", "'" + path + "': " + list + " have no numeric field '"
            + field + "' to sweep (closures, subcontractors: jobs, annual_output; offsets: share, jobs, "
            + "annual_output; demand_changes: amount)");
      }
    }
    return new Scenario(s.name(), s.description(), cs, ss, os, ds);
  }
}
