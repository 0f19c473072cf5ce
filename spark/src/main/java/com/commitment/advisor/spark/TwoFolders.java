package com.commitment.advisor.spark;

import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.lib.MultipleTextOutputFormat;

/** Writes each value under the folder its key names (answers/ or bad/): both outputs in one pass over the advice. */
public final class TwoFolders extends MultipleTextOutputFormat<Text, Text> {

    @Override
    protected String generateFileNameForKeyValue(Text key, Text value, String name) {
        return key + "/" + name;
    }

    // no key in the file: each line is the value alone, as batch writes it
    @Override
    protected Text generateActualKey(Text key, Text value) {
        return null;
    }
}
