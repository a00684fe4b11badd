@testable import XMLCore

/// The attribute and encoding prescan as it was before it was rewritten for speed (commit
/// f4cd993), kept unchanged as the oracle of ``PrescanEquivalenceTests``: the fast scan must
/// refuse exactly what this one refuses, with the same finding.
enum ReferencePrescan {
    /// The `XML-LIMIT` finding that refuses `bytes`, or `nil` when they may be parsed.
    static func refusal(of bytes: [UInt8], maxAttributes: Int) -> Finding? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let units = ReferenceCodeUnits(detecting: buffer) else {
                return limit(
                    "the input's encoding (EBCDIC or an unusual UCS-4 byte order) is not accepted: PLO messages are UTF-8 or ISO-8859-1", line: 1)
            }
            if let name = units.declaredEncoding(), !isAccepted(encoding: name) {
                return limit("encoding \"\(name)\" is not accepted: PLO messages are UTF-8 or ISO-8859-1", line: 1)
            }
            return units.firstCrowdedElement(maxAttributes: maxAttributes).map {
                limit("an element has more than \(maxAttributes) attributes (the limit per element)", line: $0)
            }
        }
    }

    private static func limit(_ message: String, line: Int) -> Finding {
        Finding(rule: CoreRule.limit, severity: .error, message: message, line: line)
    }

    /// Encodings whose markup characters are plain ASCII code units (checked case-insensitively).
    static func isAccepted(encoding name: String) -> Bool {
        let lower = String(decoding: name.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
        let exact: Set<String> = [
            "utf-8", "utf8", "us-ascii", "ascii", "latin1", "latin-1", "iso-latin-1", "l1",
            "utf-16", "utf-16le", "utf-16be", "utf16", "ucs-2", "iso-10646-ucs-2",
            "ucs-4", "iso-10646-ucs-4", "utf-32", "utf-32le", "utf-32be",
        ]
        if exact.contains(lower) { return true }
        for prefix in ["iso-8859-", "iso_8859-", "iso8859-", "windows-125", "cp125"] where lower.hasPrefix(prefix) {
            let rest = lower.utf8.dropFirst(prefix.utf8.count)
            return !rest.isEmpty && rest.count <= 2 && rest.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
        return false
    }
}

/// The input read as a sequence of code units of 1, 2 or 4 bytes, as libxml2 detects it from the
/// first bytes (byte order mark or the start of `<?xml`).
private struct ReferenceCodeUnits {
    let buffer: UnsafeBufferPointer<UInt8>
    let width: Int
    let bigEndian: Bool
    let start: Int

    init?(detecting buffer: UnsafeBufferPointer<UInt8>) {
        self.buffer = buffer
        func starts(_ prefix: [UInt8]) -> Bool {
            buffer.count >= prefix.count && zip(buffer, prefix).allSatisfy { $0 == $1 }
        }
        switch true {
        case starts([0x00, 0x00, 0xFE, 0xFF]): (width, bigEndian, start) = (4, true, 4)
        case starts([0xFF, 0xFE, 0x00, 0x00]): (width, bigEndian, start) = (4, false, 4)
        case starts([0x00, 0x00, 0x00, 0x3C]): (width, bigEndian, start) = (4, true, 0)
        case starts([0x3C, 0x00, 0x00, 0x00]): (width, bigEndian, start) = (4, false, 0)
        case starts([0x00, 0x00, 0x3C, 0x00]), starts([0x00, 0x3C, 0x00, 0x00]), starts([0x4C, 0x6F, 0xA7, 0x94]): return nil
        case starts([0xEF, 0xBB, 0xBF]): (width, bigEndian, start) = (1, false, 3)
        case starts([0xFE, 0xFF]): (width, bigEndian, start) = (2, true, 2)
        case starts([0xFF, 0xFE]): (width, bigEndian, start) = (2, false, 2)
        case starts([0x00, 0x3C, 0x00, 0x3F]): (width, bigEndian, start) = (2, true, 0)
        case starts([0x3C, 0x00, 0x3F, 0x00]): (width, bigEndian, start) = (2, false, 0)
        default: (width, bigEndian, start) = (1, false, 0)
        }
    }

    /// The code unit at byte offset `i` (which has `width` bytes left).
    @inline(__always) func unit(at i: Int) -> UInt32 {
        switch width {
        case 1: return UInt32(buffer[i])
        case 2:
            let a = UInt32(buffer[i])
            let b = UInt32(buffer[i + 1])
            return bigEndian ? a << 8 | b : b << 8 | a
        default:
            let a = UInt32(buffer[i])
            let b = UInt32(buffer[i + 1])
            let c = UInt32(buffer[i + 2])
            let d = UInt32(buffer[i + 3])
            return bigEndian ? a << 24 | b << 16 | c << 8 | d : d << 24 | c << 16 | b << 8 | a
        }
    }

    /// The `encoding="…"` of a leading XML declaration, if any (ASCII only, at most 64 characters).
    func declaredEncoding() -> String? {
        var text: [UInt8] = []
        var i = start
        while i + width <= buffer.count, text.count < 256 {
            let u = unit(at: i)
            guard u < 0x80 else { break }
            text.append(UInt8(u))
            i += width
            if u == UInt32(UInt8(ascii: ">")) { break }
        }
        guard text.starts(with: Array("<?xml".utf8)), let key = text.firstRange(of: Array("encoding".utf8)) else { return nil }
        var j = key.upperBound
        while j < text.count, text[j] == 0x20 || text[j] == 0x09 || text[j] == 0x0A || text[j] == 0x0D { j += 1 }
        guard j < text.count, text[j] == UInt8(ascii: "=") else { return nil }
        j += 1
        while j < text.count, text[j] == 0x20 || text[j] == 0x09 || text[j] == 0x0A || text[j] == 0x0D { j += 1 }
        guard j < text.count, text[j] == UInt8(ascii: "\"") || text[j] == UInt8(ascii: "'") else { return nil }
        let quote = text[j]
        guard let end = text[(j + 1)...].firstIndex(of: quote), end - j - 1 <= 64 else { return nil }
        return String(decoding: text[(j + 1)..<end], as: UTF8.self)
    }

    private enum State {
        case text, startTag, endTag
        case quoted(UInt32)
        case comment, instruction, cdata
    }

    /// The line of the first start tag with more than `maxAttributes` attributes, or `nil`.
    /// Counts `=` signs outside quoted values in each start tag: every attribute needs one.
    func firstCrowdedElement(maxAttributes: Int) -> Int? {
        let lt: UInt32 = 0x3C
        let gt: UInt32 = 0x3E
        let eq: UInt32 = 0x3D
        let slash: UInt32 = 0x2F
        let bang: UInt32 = 0x21
        let question: UInt32 = 0x3F
        let dq: UInt32 = 0x22
        let sq: UInt32 = 0x27
        let dash: UInt32 = 0x2D
        let bracket: UInt32 = 0x5D
        let newline: UInt32 = 0x0A
        var state = State.text
        var line = 1
        var tagLine = 1
        var count = 0
        var recent: (UInt32, UInt32) = (0, 0)  // the two units before this one (end markers)
        var i = start
        let end = buffer.count - (buffer.count - start) % width
        func next(_ offset: Int) -> UInt32? { i + offset * width + width <= end ? unit(at: i + offset * width) : nil }
        while i < end {
            let u = unit(at: i)
            if u == newline { line += 1 }
            switch state {
            case .text:
                if u == lt {
                    switch next(1) {
                    case bang:
                        if next(2) == dash && next(3) == dash {
                            state = .comment
                            i += 3 * width
                        } else if next(2) == UInt32(UInt8(ascii: "[")) {
                            state = .cdata
                            i += 2 * width
                        } else {
                            return nil  // a DOCTYPE (refused by the parser) or not well-formed: libxml2 stops there
                        }
                    case question: state = .instruction
                    case slash: state = .endTag
                    default:
                        state = .startTag
                        tagLine = line
                        count = 0
                    }
                    recent = (0, 0)
                }
            case .startTag:
                if u == eq {
                    count += 1
                    if count > maxAttributes { return tagLine }
                } else if u == dq || u == sq {
                    state = .quoted(u)
                } else if u == gt {
                    state = .text
                } else if u == lt {
                    state = .text
                    continue  // read the `<` again as the start of markup
                }
            case .quoted(let quote):
                if u == quote {
                    state = .startTag
                } else if u == lt {
                    state = .text  // not well-formed; any further tag is counted anew
                    continue
                }
            case .endTag:
                if u == gt { state = .text }
            case .comment:
                if u == gt && recent == (dash, dash) { state = .text }
            case .instruction:
                if u == gt && recent.1 == question { state = .text }
            case .cdata:
                if u == gt && recent == (bracket, bracket) { state = .text }
            }
            recent = (recent.1, u)
            i += width
        }
        return nil
    }
}
