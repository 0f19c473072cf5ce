package com.commitment.advisor.language;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.naivebayes.BinaryNaiveBayesModelReader;
import opennlp.tools.ml.naivebayes.BinaryNaiveBayesModelWriter;

/**
 * What the examples taught: one model for remarks and one for asks, each null when its examples name fewer than two
 * labels. Written to bytes and read back unchanged, so that a restart with the same examples learns nothing again.
 */
public record ExampleModels(MaxentModel remarks, MaxentModel asks) {

    public byte[] toBytes() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                DataOutputStream out = new DataOutputStream(bytes)) {
            write(remarks, out);
            write(asks, out);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The models {@link #toBytes()} wrote.
     *
     * @throws UncheckedIOException when the bytes are not such models
     */
    public static ExampleModels fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            return new ExampleModels(read(in), read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // each model length-prefixed: OpenNLP's writer closes the stream it writes to
    private static void write(MaxentModel model, DataOutputStream out) throws IOException {
        if (model == null) {
            out.writeInt(-1);
            return;
        }
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        new BinaryNaiveBayesModelWriter((AbstractModel) model, new DataOutputStream(one)).persist();
        out.writeInt(one.size());
        one.writeTo(out);
    }

    private static MaxentModel read(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] one = in.readNBytes(length);
        if (one.length != length) {
            throw new IOException("model cut short: " + one.length + " of " + length + " bytes");
        }
        return new BinaryNaiveBayesModelReader(new DataInputStream(new ByteArrayInputStream(one))).getModel();
    }
}
