package org.ripple.cli.statcan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stable Ripple codes of the 23 qge sectors. The codes are short upper-case mnemonics, because several sectors
 * group NAICS ranges that do not form one NAICS code (41 + 44-45, 54 + 55 + 56, 81 + 91). Scenario files refer to
 * sectors by these codes; changing one breaks every scenario that uses it.
 */
final class QgeSectors {
  /** qge source name to Ripple code, in the order of {@code sector_definitions_23.csv}. */
  private static final Map<String, String> CODES = new LinkedHashMap<>();

  static {
    CODES.put("Agriculture, Forestry, Fishing", "AGRI"); // NAICS 11
    CODES.put("Mining and Extraction", "MINING"); // 21
    CODES.put("Utilities", "UTIL"); // 22
    CODES.put("Construction", "CONSTR"); // 23
    CODES.put("Food, Beverage, Tobacco", "FOOD"); // 311-312
    CODES.put("Textile, Apparel, Leather", "TEXTILE"); // 313-316
    CODES.put("Wood, Paper, Printing", "WOOD_PAPER"); // 321-323
    CODES.put("Petroleum and Chemicals", "PETRO_CHEM"); // 324-326
    CODES.put("Non-metallic Mineral Products", "NONMET_MIN"); // 327
    CODES.put("Metals and Machinery", "METAL_MACH"); // 331-333
    CODES.put("Computers, Electronics, Electrical", "ELECTRONIC"); // 334-335
    CODES.put("Transportation Equipment", "TRANSP_EQ"); // 336
    CODES.put("Furniture and Other Manufacturing", "FURN_OTHER"); // 337, 339
    CODES.put("Wholesale and Retail Trade", "TRADE"); // 41, 44-45
    CODES.put("Transportation Services", "TRANSPORT"); // 48-49 (incl. 491 postal, 492 couriers, 493 warehousing)
    CODES.put("Information and Communication", "INFO"); // 51
    CODES.put("Finance and Insurance", "FINANCE"); // 52
    CODES.put("Real Estate, Rental, Leasing", "REAL_EST"); // 53
    CODES.put("Professional and Administrative Services", "PROF_ADMIN"); // 54, 55, 56
    CODES.put("Education", "EDUC"); // 61
    CODES.put("Health", "HEALTH"); // 62
    CODES.put("Arts, Recreation, Accommodation, Food", "ARTS_ACCOM"); // 71, 72
    CODES.put("Public Administration and Other Services", "PUBADM_OTH"); // 81, 91
  }

  private QgeSectors() {}

  static Optional<String> codeOf(String sourceName) {
    return Optional.ofNullable(CODES.get(sourceName));
  }

  static int size() {
    return CODES.size();
  }
}
