package io.modelwright.core.train.worker;

import io.modelwright.core.data.CategoricalColumn;
import io.modelwright.core.data.Column;
import io.modelwright.core.data.DataTable;
import io.modelwright.core.data.NumericColumn;
import io.modelwright.runtime.schema.ColumnType;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A compact binary copy of a {@link DataTable} for handing it to a worker process: typed columns as they are in
 * memory (doubles, or codes plus levels), so the worker does not re-import or re-type the CSV.
 */
public final class TableFile {
    private static final int MAGIC = 0x4D575431; // "MWT1"
    private static final byte NUMERIC = 0;
    private static final byte CATEGORICAL = 1;

    private TableFile() {
    }

    /** Writes a table to a file. */
    public static void write(DataTable table, Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(table.columnCount());
            out.writeInt(table.rowCount());
            for (Column c : table.columns()) {
                out.writeByte(c instanceof NumericColumn ? NUMERIC : CATEGORICAL);
                writeString(out, c.name());
                writeString(out, c.type().name());
                writeString(out, c.reason());
                out.writeInt(c.missingCount());
                if (c instanceof NumericColumn n) {
                    writeString(out, n.format());
                    for (double v : n.values()) {
                        out.writeDouble(v);
                    }
                } else {
                    CategoricalColumn cat = (CategoricalColumn) c;
                    out.writeInt(cat.levels().size());
                    for (String level : cat.levels()) {
                        writeString(out, level);
                    }
                    for (int code : cat.codes()) {
                        out.writeInt(code);
                    }
                }
            }
        }
    }

    /** Reads a table written by {@link #write}. */
    public static DataTable read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("Not a Modelwright table file: " + file.getFileName());
            }
            int columns = in.readInt();
            int rows = in.readInt();
            List<Column> out = new ArrayList<>(columns);
            for (int i = 0; i < columns; i++) {
                byte kind = in.readByte();
                String name = readString(in);
                ColumnType type = ColumnType.valueOf(readString(in));
                String reason = readString(in);
                int missing = in.readInt();
                if (kind == NUMERIC) {
                    String format = readString(in);
                    double[] values = new double[rows];
                    for (int r = 0; r < rows; r++) {
                        values[r] = in.readDouble();
                    }
                    out.add(new NumericColumn(name, type, reason, values, format, missing));
                } else {
                    int n = in.readInt();
                    List<String> levels = new ArrayList<>(n);
                    for (int l = 0; l < n; l++) {
                        levels.add(readString(in));
                    }
                    int[] codes = new int[rows];
                    for (int r = 0; r < rows; r++) {
                        codes[r] = in.readInt();
                    }
                    out.add(new CategoricalColumn(name, type, reason, codes, levels, missing));
                }
            }
            return new DataTable(out, rows);
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] bytes = in.readNBytes(n);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
