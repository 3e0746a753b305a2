/**
 * The fiscal account of a run: what a scenario changes in the federal and the Quebec government's income tax,
 * payroll contributions, consumption taxes and EI benefits, computed worker by worker from the tax year's
 * parameters ({@link org.ripple.core.fiscal.FiscalParameters}, one data file per year with its official sources).
 * A command calls {@link org.ripple.core.fiscal.FiscalAccounts#of}; {@link org.ripple.core.fiscal.FiscalTables}
 * turns the account into plain tables for any report format.
 */
package org.ripple.core.fiscal;
