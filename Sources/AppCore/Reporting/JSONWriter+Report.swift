import XMLCore

extension JSONWriter {
    /// Opens the JSON report every command writes — `{"tool": …, "version": …, "summary": {…},
    /// "<list>": [` — with the summary's counts in the given order; the caller writes (or splices)
    /// the list's elements, then closes the array and the object.
    mutating func beginReport(summary counts: [(String, Int)], list: String) {
        beginObject()
        key("tool")
        string(AppInfo.tool)
        key("version")
        string(AppInfo.version)
        key("summary")
        beginObject()
        for (name, value) in counts {
            key(name)
            int(value)
        }
        endObject()
        key(list)
        beginArray()
    }
}

extension JSONValue {
    /// The JSON report as one value — `{"tool": …, "version": …, "summary": {…}, <lists>…}` — laid
    /// out as ``JSONWriter/beginReport(summary:list:)`` opens it.
    static func report(summary counts: [(String, Int)], lists: [(String, [JSONValue])]) -> JSONValue {
        .object(
            [
                ("tool", .string(AppInfo.tool)),
                ("version", .string(AppInfo.version)),
                ("summary", .object(counts.map { ($0.0, .int($0.1)) })),
            ] + lists.map { ($0.0, .array($0.1)) })
    }
}
