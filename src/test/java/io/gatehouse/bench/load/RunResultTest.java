package io.gatehouse.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The TSV rows LoadCompare reads back are the rows LoadMain wrote. */
class RunResultTest {

    @Test
    void runWhenWrittenAndReadBackThenSameFigures() {
        RunResult run = new RunResult("gatehouse", "client_credentials", 64, 30.0, 60_030, 30, 1, 10.5, 20.25, 40.0,
                80.0, 120.0, 185.0, 250, 12.0, 20.0, 199.0, 3.5, 450_000, 1_000, Double.NaN);

        RunResult read = RunResult.fromTsv(run.tsv());

        assertThat(read.opsPerSecond()).isEqualTo(2000.0);
        assertThat(read).usingRecursiveComparison().ignoringFields("commitsPer1k").isEqualTo(run);
        assertThat(read.commitsPer1k()).isNaN();
        assertThat(run.tsv().split("\t")).hasSize(RunResult.COLUMNS.size());
        assertThat(run.tableRow()).startsWith("| client_credentials | 64 | 2000 | 10.50 | 20.25 | 40.00 | 80.00 | 30 |");
    }
}
