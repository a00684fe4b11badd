import Foundation

/// A seeded generator of mutated PLO messages for the black-box mutation test: each output is
/// one of the project's own fixtures (never an official example) or a generated document, put
/// through one to four mutations at byte and markup level. Same seed, same files.
struct MessageMutator {
    private var state: UInt64
    private let seeds: [[UInt8]]

    init(seed: UInt64, seeds: [[UInt8]]) {
        state = seed
        self.seeds = seeds.isEmpty ? [Array("<a/>".utf8)] : seeds
    }

    /// SplitMix64.
    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }
    private mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// Values that have broken parsers of fixed-shape fields before: multibyte text, dates at
    /// the edges, huge numbers, control characters, markup.
    static let nastyValues: [String] = [
        "2026\u{2011}03\u{2011}02", "æ", "ææææææææææææ", "2026-03-0æ+01:00", "２０２６-03-02", "e\u{301}e\u{301}e\u{301}e\u{301}-",
        "9999-12-31T23:59:59", "0000-00-00", "10000-01-01T00:00:00", "2026-02-29", "2024-02-29T24:00:00", "2026-03-02T09:40:00+18:00",
        "2026-03-02T09:40:00.123456789012345678901234567890Z", "-2026-03-02", "2026", "2026-03", "09:40:00", "T", "Z", "+", "-",
        "", " ", "\t", "999999999999999999999999999999", "-1", "1e308", "NaN", "&amp;", "&#0;", "&#x10FFFF;", "&#xD800;", "]]>",
        "00000000-0000-0000-0000-000000000000", "{3f2c9a10-5b7e-4d21-9c3a-0e8f6b1d2a47}", "01010000000", "15076500565", "🇳🇴", "\u{FEFF}",
    ]

    private static let markup: [String] = [
        "<!DOCTYPE a [<!ENTITY e \"x\">]>", "<?xml version=\"1.0\" encoding=\"UTF-7\"?>", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>",
        "<!-- c -->", "<![CDATA[<x>]]>", "<?pi x?>", "&e;", "&#xFFFE;", "<x:y/>", "</MsgHead>", "<MsgHead>", "xmlns=\"urn:x\"",
        "<Content/>", "<TidspunktForHendelse V=\"æ\"/>", "<Hendelsekode V=\"99\" S=\"2.16.578.1.12.4.1.1.9125\"/>", "\u{0}", "\u{1}",
    ]

    /// The next document.
    mutating func nextDocument() -> [UInt8] {
        var bytes: [UInt8]
        switch below(10) {
        case 0: bytes = generated()
        case 1:
            // Two fixtures spliced.
            let a = pick(seeds)
            let b = pick(seeds)
            bytes = Array(a.prefix(below(a.count + 1))) + Array(b.suffix(below(b.count + 1)))
        default: bytes = pick(seeds)
        }
        for _ in 0...below(4) { mutate(&bytes) }
        return bytes
    }

    /// A small document built from scratch: deep, wide or odd.
    private mutating func generated() -> [UInt8] {
        switch below(6) {
        case 0:
            let depth = 1 + below(400)
            return Array((String(repeating: "<d>", count: depth) + String(repeating: "</d>", count: depth)).utf8)
        case 1:
            let count = 1 + below(600)
            return Array(("<a " + (0..<count).map { "b\($0)=\"\($0)\"" }.joined(separator: " ") + "/>").utf8)
        case 2:
            return Array(("<MsgHead xmlns=\"http://www.kith.no/xmlstds/msghead/2006-05-24\">" + pick(Self.markup) + "</MsgHead>").utf8)
        case 3:
            var text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a b='1'>x</a>"
            if below(2) == 0 { text = "<a>" + pick(Self.nastyValues) + "</a>" }
            var out: [UInt8] = [0xFF, 0xFE]
            for unit in text.utf16 { out += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
            return out
        case 4:
            return (0..<below(300)).map { _ in UInt8(truncatingIfNeeded: next()) }
        default:
            return []
        }
    }

    private mutating func mutate(_ bytes: inout [UInt8]) {
        let count = bytes.count
        switch below(12) {
        case 0 where count > 0:  // flip bits
            for _ in 0...below(8) { bytes[below(count)] ^= UInt8(1) << UInt8(below(8)) }
        case 1 where count > 0:  // random byte
            bytes[below(count)] = UInt8(truncatingIfNeeded: next())
        case 2 where count > 0:  // delete a range
            let start = below(count)
            bytes.removeSubrange(start..<min(count, start + 1 + below(64)))
        case 3 where count > 0:  // duplicate a range
            let start = below(count)
            let range = start..<min(count, start + 1 + below(256))
            let copy = Array(bytes[range])
            bytes.insert(contentsOf: copy, at: below(bytes.count + 1))
        case 4:  // truncate
            bytes = Array(bytes.prefix(below(count + 1)))
        case 5:  // a nasty value into an attribute value
            replaceAttributeValue(&bytes, with: pick(Self.nastyValues))
        case 6:  // nasty value or markup inserted anywhere
            bytes.insert(contentsOf: Array((below(2) == 0 ? pick(Self.nastyValues) : pick(Self.markup)).utf8), at: below(count + 1))
        case 7:  // an element's text replaced
            replaceText(&bytes, with: pick(Self.nastyValues))
        case 8 where count > 0:  // invalid UTF-8
            bytes.insert(
                contentsOf: pick([[0xFF], [0xC3], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x00]]), at: below(count + 1))
        case 9:  // swap two halves
            let cut = below(count + 1)
            bytes = Array(bytes[cut...]) + Array(bytes[..<cut])
        case 10:  // many attributes on the first element
            if let gt = bytes.firstIndex(of: UInt8(ascii: ">")), gt > 0 {
                let extra = (0..<(1 + below(400))).map { " z\($0)='1'" }.joined()
                bytes.insert(contentsOf: Array(extra.utf8), at: bytes[gt - 1] == UInt8(ascii: "/") ? gt - 1 : gt)
            }
        default:  // a value copied from elsewhere in the same document
            replaceAttributeValue(&bytes, with: String(decoding: bytes.prefix(below(40)), as: UTF8.self))
        }
    }

    /// Replaces the value of the n-th `V="…"`-style attribute.
    private mutating func replaceAttributeValue(_ bytes: inout [UInt8], with value: String) {
        let quote = UInt8(ascii: "\"")
        let starts = bytes.indices.filter { $0 > 0 && bytes[$0] == quote && bytes[$0 - 1] == UInt8(ascii: "=") }
        guard !starts.isEmpty else { return }
        let start = pick(starts) + 1
        guard let end = bytes[start...].firstIndex(of: quote) else { return }
        bytes.replaceSubrange(start..<end, with: Array(value.utf8))
    }

    /// Replaces the text between some `>` and the next `<`.
    private mutating func replaceText(_ bytes: inout [UInt8], with value: String) {
        let gts = bytes.indices.filter { bytes[$0] == UInt8(ascii: ">") }
        guard !gts.isEmpty else { return }
        let start = pick(gts) + 1
        let end = bytes[start...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.count
        bytes.replaceSubrange(start..<end, with: Array(value.utf8))
    }
}
