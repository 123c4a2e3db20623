package io.gatehouse.mail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Collects every log record of every category while open, formatted with its stack trace, so a
 * test can check that a secret never reaches the log:
 * <pre>try (CapturedLogs logs = CapturedLogs.start()) { ...; assertThat(logs.text()).doesNotContain(code); }</pre>
 */
public final class CapturedLogs extends Handler implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    private CapturedLogs() {
        setLevel(Level.ALL);
    }

    public static CapturedLogs start() {
        CapturedLogs logs = new CapturedLogs();
        Logger.getLogger("").addHandler(logs);
        return logs;
    }

    /** All records so far, one per line: level, category, message and stack trace. */
    public String text() {
        return String.join("\n", lines);
    }

    @Override
    public void publish(LogRecord record) {
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        StringWriter line = new StringWriter().append(record.getLevel().getName()).append(' ')
                .append(record.getLoggerName()).append(' ').append(message);
        if (record.getThrown() != null) {
            record.getThrown().printStackTrace(new PrintWriter(line));
        }
        lines.add(line.toString());
    }

    @Override
    public void flush() {
        // records are kept in memory only
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
