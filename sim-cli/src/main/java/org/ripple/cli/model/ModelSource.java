package org.ripple.cli.model;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ripple.cli.ExitCodes;
import org.ripple.cli.io.CsvStream;
import org.ripple.cli.io.InputException;
import org.ripple.cli.io.StrictCsv;
import org.ripple.cli.io.TextFiles;

/** Where the files of a model come from: a folder on disk, or a prefix on the classpath (bundled models). */
interface ModelSource {
  /** How the whole source is named in messages. */
  String location();

  boolean exists(String file);

  /** How one file is named in messages. */
  String describe(String file);

  /** The file on disk, or null for a source that is not a folder (the jar). */
  default Path path(String file) {
    return null;
  }

  /** The bytes of a file, refused before reading when larger than {@code maxBytes}. */
  byte[] read(String file, long maxBytes, String what, int exitCode);

  default byte[] readCsvBytes(String file) {
    return read(file, StrictCsv.DEFAULT_MAX_BYTES, "CSV files", ExitCodes.BAD_MODEL);
  }

  /**
   * A CSV file one row at a time ({@link StrictCsv#stream}), refused before reading when larger than
   * {@code maxBytes}.
   */
  CsvStream streamCsv(String file, long maxBytes, String what);

  private static StrictCsv csvLimits(long maxBytes) {
    return StrictCsv.withLimits(maxBytes, StrictCsv.DEFAULT_MAX_COLUMNS, StrictCsv.DEFAULT_MAX_FIELD_LENGTH);
  }

  static ModelSource folder(Path folder) {
    return new ModelSource() {
      @Override
      public String location() {
        return folder.toString();
      }

      @Override
      public boolean exists(String file) {
        // anything by that name, so that a folder or a FIFO named industry.csv is refused as what it is when read
        return Files.exists(folder.resolve(file));
      }

      @Override
      public String describe(String file) {
        return folder.resolve(file).toString();
      }

      @Override
      public Path path(String file) {
        return folder.resolve(file);
      }

      @Override
      public byte[] read(String file, long maxBytes, String what, int exitCode) {
        return TextFiles.readBytes(folder.resolve(file), maxBytes, what, null, exitCode);
      }

      @Override
      public CsvStream streamCsv(String file, long maxBytes, String what) {
        return csvLimits(maxBytes).stream(folder.resolve(file), what, ExitCodes.BAD_MODEL);
      }
    };
  }

  /** Resources {@code prefix + file} of this class's loader; {@code prefix} has no leading slash and ends with one. */
  static ModelSource classpath(String prefix) {
    ClassLoader loader = ModelSource.class.getClassLoader();
    return new ModelSource() {
      @Override
      public String location() {
        return "classpath:/" + prefix;
      }

      @Override
      public boolean exists(String file) {
        return loader.getResource(prefix + file) != null;
      }

      @Override
      public String describe(String file) {
        return "classpath:/" + prefix + file;
      }

      @Override
      public byte[] read(String file, long maxBytes, String what, int exitCode) {
        URL url = loader.getResource(prefix + file);
        if (url == null) {
          throw new InputException(describe(file), 0, 0, null, "no such resource", ExitCodes.IO);
        }
        try {
          InputStream in = url.openStream();
          return TextFiles.readBytes(describe(file), in, maxBytes, what, null, exitCode);
        } catch (java.io.IOException e) {
          throw new InputException(describe(file), 0, 0, null, "cannot be read: " + e.getMessage(), ExitCodes.IO);
        }
      }

      @Override
      public CsvStream streamCsv(String file, long maxBytes, String what) {
        URL url = loader.getResource(prefix + file);
        if (url == null) {
          throw new InputException(describe(file), 0, 0, null, "no such resource", ExitCodes.IO);
        }
        try {
          return csvLimits(maxBytes).stream(describe(file), url.openStream(), what, ExitCodes.BAD_MODEL);
        } catch (java.io.IOException e) {
          throw new InputException(describe(file), 0, 0, null, "cannot be read: " + e.getMessage(), ExitCodes.IO);
        }
      }
    };
  }
}
