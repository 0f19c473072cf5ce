package com.commitment.advisor.backtest;

import java.util.List;

/** The backtest on the default database: the H2 file in the data directory, found as the service finds it. */
class BacktestOnH2Test extends BacktestTest {

    @Override
    List<String> database() {
        return List.of("--data-dir", dir.resolve("data").toString());
    }
}
