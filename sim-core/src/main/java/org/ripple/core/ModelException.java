package org.ripple.core;

/** A model that cannot be used as asked: not productive, singular, or missing data a calculation needs. */
public class ModelException extends PlacedException {
  private static final long serialVersionUID = 1L;

  public ModelException(String sector, String message) {
    super(sector, message);
  }

  /** The sector code the problem is about, or null when it concerns the whole model. */
  public String sector() {
    return place();
  }
}
