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
