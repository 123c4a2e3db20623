package io.gatehouse.iam.policy;

/**
 * A place in a policy document, 1-based, as IAM's simulator reports statement positions
 * ({@code StartPosition}/{@code EndPosition} of {@code MatchedStatements}).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_Position.html">Position</a>
 */
public record Position(int line, int column) {

    /** The line and column of character {@code offset} of {@code text}. */
    static Position of(String text, int offset) {
        int line = 1;
        int column = 1;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Position(line, column);
    }
}
