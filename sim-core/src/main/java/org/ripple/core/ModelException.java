package org.ripple.core;

/** A model that cannot be used as asked: not productive, singular, or missing data a calculation needs. */
public class ModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String sector;

  public ModelException(String sector, String message) {
    super(message);
    this.sector = sector;
  }

  /** The sector code the problem is about, or null when it concerns the whole model. */
  public String sector() {
    return sector;
  }
}
