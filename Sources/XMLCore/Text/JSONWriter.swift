/// Writes JSON text straight into UTF-8 bytes, compact or pretty (two-space indent): the one
/// writer behind `JSONValue.serialized(pretty:)` (AppCore) and the streaming reports, so both lay out
/// their text the same way.
///
/// Strings are scanned as UTF-8 bytes and copied in runs: only `"`, `\` and control characters
/// are escaped; everything else, non-ASCII included, is written as it is.
///
/// ```swift
/// var writer = JSONWriter(pretty: true)
/// writer.beginObject()
/// writer.key("tool")
/// writer.string("plo")
/// writer.endObject()
/// // {\n  "tool": "plo"\n}
/// ```
public struct JSONWriter: Sendable {
    /// The text written so far.
    public private(set) var bytes: [UInt8] = []
    /// Pretty (newlines and two-space indent) or compact.
    public let pretty: Bool
    /// Indent levels outside this writer's own containers.
    private let baseIndent: Int
    /// One entry per open container: whether it has an element yet.
    private var open: [Bool] = []
    /// A key was just written, so the next value follows it on the same line.
    private var afterKey = false

    /// A writer for one JSON value.
    public init(pretty: Bool = true) {
        self.pretty = pretty
        baseIndent = 0
    }

    /// A writer for elements of an array that another writer opened `depth` containers deep
    /// (the array itself counted), to be spliced in with ``spliceElements(of:copying:)``.
    public init(pretty: Bool, elementsOfArrayAtDepth depth: Int) {
        self.pretty = pretty
        baseIndent = max(0, depth - 1)
        open = [false]
    }

    /// Whether this writer's outermost open container has an element (for an elements writer:
    /// whether it wrote any).
    public var hasElements: Bool { open.first ?? false }

    /// Returns the bytes written so far and empties the buffer; the nesting state is kept.
    public mutating func takeBytes() -> [UInt8] {
        let taken = bytes
        bytes = []
        return taken
    }

    /// Appends the bytes written so far to `out` and empties the buffer, keeping its capacity
    /// (a writer used for one element after another allocates once); the nesting state is kept.
    public mutating func moveBytes(to out: inout [UInt8]) {
        out.append(contentsOf: bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    // MARK: Containers

    public mutating func beginObject() {
        beginValue()
        bytes.append(UInt8(ascii: "{"))
        open.append(false)
    }

    public mutating func endObject() { end(UInt8(ascii: "}")) }

    public mutating func beginArray() {
        beginValue()
        bytes.append(UInt8(ascii: "["))
        open.append(false)
    }

    public mutating func endArray() { end(UInt8(ascii: "]")) }

    /// The key of the next object field.
    public mutating func key(_ name: String) {
        beginElement()
        Self.appendString(name, to: &bytes)
        if pretty {
            bytes.append(UInt8(ascii: ":"))
            bytes.append(UInt8(ascii: " "))
        } else {
            bytes.append(UInt8(ascii: ":"))
        }
        afterKey = true
    }

    /// Splices the elements `other` wrote (see ``init(pretty:elementsOfArrayAtDepth:)``) into the
    /// array open here. With `copying: false` only the separator is written: the caller places
    /// the elements' bytes (`other.bytes`, and whatever it took from `other` with ``takeBytes()``
    /// on the way) right after this writer's bytes so far, so a large body is never copied.
    public mutating func spliceElements(of other: JSONWriter, copying: Bool = true) {
        guard other.hasElements else { return }
        if open.last == true { bytes.append(UInt8(ascii: ",")) }
        if !open.isEmpty { open[open.count - 1] = true }
        if copying { bytes.append(contentsOf: other.bytes) }
    }

    // MARK: Scalars

    public mutating func string(_ value: String) {
        beginValue()
        Self.appendString(value, to: &bytes)
    }

    /// `value` or `null`.
    public mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    public mutating func int(_ value: Int) {
        beginValue()
        DecimalText.append(value, to: &bytes)
    }

    /// `value` or `null`.
    public mutating func int(_ value: Int?) {
        if let value { int(value) } else { null() }
    }

    public mutating func bool(_ value: Bool) {
        beginValue()
        if value { append("true") } else { append("false") }
    }

    public mutating func null() {
        beginValue()
        append("null")
    }

    // MARK: Fields

    /// `"name": value` (or `null`) in the object open here.
    public mutating func field(_ name: String, _ value: String?) {
        key(name)
        string(value)
    }

    /// `"name": value` (or `null`) in the object open here.
    public mutating func field(_ name: String, _ value: Int?) {
        key(name)
        int(value)
    }

    /// `"name": value` in the object open here.
    public mutating func field(_ name: String, _ value: Bool) {
        key(name)
        bool(value)
    }

    // MARK: Layout

    /// Before a value: nothing after a key, else the separator and indent of an array element.
    private mutating func beginValue() {
        if afterKey {
            afterKey = false
        } else if !open.isEmpty {
            beginElement()
        }
    }

    private mutating func beginElement() {
        let index = open.count - 1
        guard index >= 0 else { return }
        if open[index] { bytes.append(UInt8(ascii: ",")) }
        open[index] = true
        if pretty { newline(indent: baseIndent + open.count) }
    }

    private mutating func end(_ bracket: UInt8) {
        let hadElements = open.popLast() ?? false
        if hadElements && pretty { newline(indent: baseIndent + open.count) }
        bytes.append(bracket)
    }

    private mutating func newline(indent: Int) {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
    }

    private mutating func append(_ literal: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    // MARK: Encoding

    /// Appends `value` as a quoted JSON string: `"` and `\` escaped, `\n`, `\r`, `\t` by name,
    /// other control characters as `\u00XX`; runs of other bytes copied as they are.
    public static func appendString(_ value: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            let end = utf8.count
            while index < end {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
                    index += 1
                    continue
                }
                if index > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
                out.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                case 0x09: out.append(UInt8(ascii: "t"))
                default:
                    out.append(UInt8(ascii: "u"))
                    out.append(UInt8(ascii: "0"))
                    out.append(UInt8(ascii: "0"))
                    out.append(hexDigit(byte >> 4))
                    out.append(hexDigit(byte & 0xF))
                }
                index += 1
                runStart = index
            }
            if end > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<end])) }
        }
        out.append(UInt8(ascii: "\""))
    }

    @inline(__always)
    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }
}
