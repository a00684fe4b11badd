/// Escaping for XML text and attribute values in everything PLOKit writes (driver schemas, JUnit, HTML).
///
/// Works on UTF-8 bytes: runs that need no escaping are copied in bulk, and a string that needs
/// none at all is returned as it is.
public enum XMLText {
    /// Escapes `&`, `<`, `>`, `"` and `'`, and replaces characters XML 1.0 cannot carry (control
    /// characters other than tab, LF and CR; U+FFFE; U+FFFF) with U+FFFD.
    public static func escape(_ value: String) -> String {
        var copy = value
        let escaped: [UInt8]? = copy.withUTF8 { utf8 in
            guard let first = firstSpecial(in: utf8, from: 0) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(utf8.count + 16)
            appendEscaping(utf8, firstSpecial: first, to: &out)
            return out
        }
        guard let escaped else { return value }
        return String(decoding: escaped, as: UTF8.self)
    }

    /// Appends `value` to `out`, escaped as ``escape(_:)`` does.
    public static func append(_ value: String, to out: inout [UInt8]) {
        var value = value
        value.withUTF8 { utf8 in
            guard let first = firstSpecial(in: utf8, from: 0) else {
                out.append(contentsOf: utf8)
                return
            }
            appendEscaping(utf8, firstSpecial: first, to: &out)
        }
    }

    /// Appends `utf8`, whose first byte that may need escaping is at `special`: the run before it
    /// verbatim, then each special byte escaped and each run between them verbatim.
    private static func appendEscaping(_ utf8: UnsafeBufferPointer<UInt8>, firstSpecial special: Int, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[0..<special]))
        var index = special
        let end = utf8.count
        while index < end {
            let byte = utf8[index]
            var width = 1
            switch byte {
            case UInt8(ascii: "&"): appendLiteral("&amp;", to: &out)
            case UInt8(ascii: "<"): appendLiteral("&lt;", to: &out)
            case UInt8(ascii: ">"): appendLiteral("&gt;", to: &out)
            case UInt8(ascii: "\""): appendLiteral("&quot;", to: &out)
            case UInt8(ascii: "'"): appendLiteral("&apos;", to: &out)
            case 0xEF:
                // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML characters; other EF… sequences are.
                width = 3
                if index + 2 < end, utf8[index + 1] == 0xBF, utf8[index + 2] >= 0xBE {
                    appendLiteral("\u{FFFD}", to: &out)
                } else {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[index..<min(index + 3, end)]))
                }
            default:
                // Only control characters reach here (firstSpecial stops at nothing else).
                appendLiteral("\u{FFFD}", to: &out)
            }
            index += width
            let next = firstSpecial(in: utf8, from: index) ?? end
            if next > index { out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[index..<next])) }
            index = next
        }
    }

    /// The index of the first byte at or after `start` that may need escaping: `& < > " '`, a
    /// control byte other than tab, LF and CR, or `EF` (the lead byte of U+FFFE and U+FFFF).
    @inline(__always)
    private static func firstSpecial(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < utf8.count {
            let byte = utf8[index]
            if byte >= 0x3F {
                if byte == 0xEF { return index }
            } else if byte < 0x20 {
                if byte != 0x09 && byte != 0x0A && byte != 0x0D { return index }
            } else if byte == 0x22 || byte == 0x26 || byte == 0x27 || byte == 0x3C || byte == 0x3E {
                return index
            }
            index += 1
        }
        return nil
    }

    @inline(__always)
    private static func appendLiteral(_ text: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}
