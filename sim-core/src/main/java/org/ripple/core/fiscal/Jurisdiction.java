package org.ripple.core.fiscal;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One government of a fiscal account: the federal government, or one province's. Its items are the lines it has in
 * the account, in the order of the account's tables; an item it does not have (QPIP outside Quebec, a sales tax in
 * Alberta) is no line of it, which is not the same as a line that is not available (NaN).
 *
 * @param key the machine name of its lines: {@code federal}; {@code provincial} when the account has one province
 *     (as in every account of a one-province model), else the province's jurisdiction ({@code ontario},
 *     {@code british_columbia}); a line's key is {@code key.item[.side]}
 * @param name for people: {@code federal} for the federal government, else the province ({@code Ontario})
 * @param level federal or provincial
 * @param items its lines, in order
 * @param labels a label in place of an item's own ({@link FiscalItem#label()}) where the province names it (Ontario's
 *     Employer Health Tax, British Columbia's PST)
 */
public record Jurisdiction(String key, String name, Government level, List<FiscalItem> items,
    Map<FiscalItem, String> labels) {
  public Jurisdiction {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    items = List.copyOf(items);
    labels = Map.copyOf(labels);
    for (FiscalItem item : items) {
      if (item.government() != level) {
        throw new IllegalArgumentException(item + " is not a " + level.key() + " item");
      }
    }
  }

  /** Whether this government has a line for {@code item}. */
  public boolean has(FiscalItem item) {
    return items.contains(item);
  }

  /** The key of its line for {@code item}: {@code ontario.payroll_tax.employer}, {@code federal.ei.employee}. */
  public String key(FiscalItem item) {
    return key + "." + item.item();
  }

  /** The label of its line for {@code item}. */
  public String label(FiscalItem item) {
    return labels.getOrDefault(item, item.label());
  }

  /** The key of its balance row: {@code federal.balance}, {@code ontario.balance}. */
  public String balanceKey() {
    return key + ".balance";
  }

  /** The label of its balance row: "Balance, federal government", "Balance, Ontario government". */
  public String balanceLabel() {
    return "Balance, " + name + " government";
  }

  /** Its name at the head of a column: "Federal", "Ontario". */
  public String shortName() {
    return level == Government.FEDERAL ? "Federal" : name;
  }
}
