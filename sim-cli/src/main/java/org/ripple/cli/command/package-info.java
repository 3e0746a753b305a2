/**
 * One class per {@code ripple} subcommand. Commands print only through picocli's out and err writers, and turn
 * every user error into one line on stderr and an exit code from {@link org.ripple.cli.ExitCodes}.
 */
package org.ripple.cli.command;
