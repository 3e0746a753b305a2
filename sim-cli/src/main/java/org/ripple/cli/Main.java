package org.ripple.cli;

/** Entry point of the {@code ripple} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(Utf8Console.attach(Ripple.commandLine()).execute(args));
  }
}
