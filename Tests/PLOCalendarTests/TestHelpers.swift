import PLOCalendar
import Testing

/// Parses a wall-clock time for a test, failing the test (not crashing) if it does not parse.
func time(_ iso: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> LocalDateTime {
    try #require(
        LocalDateTime(iso: iso), "unparsable test time \(iso)", sourceLocation: sourceLocation)
}

/// Parses a date for a test, failing the test (not crashing) if it does not parse.
func date(_ iso: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> LocalDate {
    try #require(LocalDate(iso: iso), "unparsable test date \(iso)", sourceLocation: sourceLocation)
}
