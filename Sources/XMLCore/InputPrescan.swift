#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A cheap pass over the raw bytes before libxml2 sees them, for what libxml2 2.9 handles too
/// slowly or too permissively:
///
/// - attributes per element: libxml2 checks each new attribute against all earlier ones on the
///   element (quadratic: 30,000 attributes cost 13 s), so the count is capped here, in linear time;
/// - encodings: only those in which the markup characters `<`, `=`, `"`, `'` and `>` stand for
///   themselves (UTF-8 and the ISO-8859 / Windows-125x single-byte sets, UTF-16 and UCS-4 read by
///   code unit) are accepted, so no encoding can hide markup from this count. PLO messages are
///   UTF-8 or ISO-8859-1.
///
/// Attribute values cannot hold a literal `<`, comments, processing instructions and CDATA
/// sections are skipped; where the scan and libxml2 could read a broken document differently,
/// libxml2 reports it not well-formed and stops at that point.
///
/// The scan runs on every message, so it is written for speed: single-byte input is searched
/// with `memchr` between markup (``ByteUnits``), and the line of a refused element is counted
/// only once there is one (``AttributeScan``).
enum InputPrescan {
    /// The `XML-LIMIT` finding that refuses `bytes`, or `nil` when they may be parsed.
    static func refusal(of bytes: [UInt8], maxAttributes: Int) -> Finding? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let layout = CodeUnitLayout(detecting: buffer) else {
                return limit(
                    "the input's encoding (EBCDIC or an unusual UCS-4 byte order) is not accepted: PLO messages are UTF-8 or ISO-8859-1", line: 1)
            }
            let mayBeCrowded = equalsBytes(in: buffer, moreThan: maxAttributes)
            if layout.width == 1 {
                return refusal(ByteUnits(buffer, start: layout.start), maxAttributes: maxAttributes, mayBeCrowded: mayBeCrowded)
            }
            return refusal(WideUnits(buffer, layout: layout), maxAttributes: maxAttributes, mayBeCrowded: mayBeCrowded)
        }
    }

    /// Whether `buffer` holds more than `limit` bytes 0x3D. Every attribute has a `=`, and in every
    /// accepted encoding a `=` holds a 0x3D byte, so with no more of them than the limit no element
    /// can have too many attributes and the attribute scan is skipped (the typical message: tens
    /// of `=` against a limit of 256; `memchr` jumps from one to the next).
    static func equalsBytes(in buffer: UnsafeBufferPointer<UInt8>, moreThan limit: Int) -> Bool {
        guard let start = buffer.baseAddress else { return false }
        let end = start + buffer.count
        var cursor = start
        var count = 0
        while cursor < end, let found = memchr(cursor, 0x3D, end - cursor) {
            count += 1
            if count > limit { return true }
            cursor = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) + 1
        }
        return false
    }

    /// The refusal for input read as `units` (specialised for each kind of code unit); the
    /// attribute scan only when `mayBeCrowded`.
    private static func refusal<Units: CodeUnitReader>(_ units: Units, maxAttributes: Int, mayBeCrowded: Bool) -> Finding? {
        if let name = declaredEncoding(in: units), !isAccepted(encoding: name) {
            return limit("encoding \"\(name)\" is not accepted: PLO messages are UTF-8 or ISO-8859-1", line: 1)
        }
        guard mayBeCrowded else { return nil }
        return AttributeScan.firstCrowdedElement(in: units, maxAttributes: maxAttributes).map {
            limit("an element has more than \(maxAttributes) attributes (the limit per element)", line: units.line(at: $0))
        }
    }

    private static func limit(_ message: String, line: Int) -> Finding {
        Finding(rule: CoreRule.limit, severity: .error, message: message, line: line)
    }

    /// Encodings whose markup characters are plain ASCII code units (checked case-insensitively).
    static func isAccepted(encoding name: String) -> Bool {
        let lower = String(decoding: name.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
        // A `switch`, not a `Set<String>`: building a set's generic metadata is the process's
        // first protocol-conformance look-up, a scan of every conformance record in the binary
        // (0.5 M instructions, 1.5 % of a one-file `plo validate`).
        switch lower {
        case "utf-8", "utf8", "us-ascii", "ascii", "latin1", "latin-1", "iso-latin-1", "l1",
            "utf-16", "utf-16le", "utf-16be", "utf16", "ucs-2", "iso-10646-ucs-2",
            "ucs-4", "iso-10646-ucs-4", "utf-32", "utf-32le", "utf-32be":
            return true
        default:
            break
        }
        for prefix in ["iso-8859-", "iso_8859-", "iso8859-", "windows-125", "cp125"] where lower.hasPrefix(prefix) {
            let rest = lower.utf8.dropFirst(prefix.utf8.count)
            return !rest.isEmpty && rest.count <= 2 && rest.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
        return false
    }

    /// The `encoding="…"` of a leading XML declaration, if any (ASCII only, at most 64 characters).
    static func declaredEncoding<Units: CodeUnitReader>(in units: Units) -> String? {
        // The declaration as ASCII: up to 256 units, ending at the first `>` or non-ASCII unit.
        var text: [UInt8] = []
        text.reserveCapacity(64)
        var k = 0
        while k < units.count, text.count < 256 {
            let u = units.unit(k)
            guard u < 0x80 else { break }
            text.append(UInt8(u))
            k += 1
            if u == UInt32(UInt8(ascii: ">")) { break }
        }
        guard text.starts(with: "<?xml".utf8), let key = firstIndex(of: "encoding", in: text) else { return nil }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        var j = key + "encoding".utf8.count
        while j < text.count, isSpace(text[j]) { j += 1 }
        guard j < text.count, text[j] == UInt8(ascii: "=") else { return nil }
        j += 1
        while j < text.count, isSpace(text[j]) { j += 1 }
        guard j < text.count, text[j] == UInt8(ascii: "\"") || text[j] == UInt8(ascii: "'") else { return nil }
        let quote = text[j]
        guard let end = text[(j + 1)...].firstIndex(of: quote), end - j - 1 <= 64 else { return nil }
        return String(decoding: text[(j + 1)..<end], as: UTF8.self)
    }

    /// Where `word` first occurs in `text` (a plain search: the text is a short declaration).
    private static func firstIndex(of word: StaticString, in text: [UInt8]) -> Int? {
        word.withUTF8Buffer { needle in
            guard needle.count <= text.count else { return nil }
            for start in 0...(text.count - needle.count) where text[start] == needle[0] {
                var matched = 1
                while matched < needle.count, text[start + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return start }
            }
            return nil
        }
    }
}
