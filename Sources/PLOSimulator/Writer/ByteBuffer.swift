import XMLCore

/// A growable UTF-8 byte buffer for building XML and JSON text quickly.
///
/// `append` copies bytes verbatim; `appendEscaped` escapes for XML text and attribute
/// values; `appendJSONString` writes a quoted, escaped JSON string.
public struct ByteBuffer: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    /// Creates an empty buffer with room for `capacity` bytes.
    public init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// Empties the buffer, keeping its storage.
    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    /// Appends `text` verbatim (it must already be valid in the target syntax).
    @inline(__always)
    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends one byte.
    @inline(__always)
    public mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    /// Appends raw bytes.
    public mutating func append(contentsOf other: [UInt8]) {
        bytes.append(contentsOf: other)
    }

    /// Appends `value` in decimal, its digits zero-padded to `width` (`DecimalText`).
    public mutating func append(int value: Int64, width: Int = 0) {
        DecimalText.append(Int(value), width: width, to: &bytes)
    }

    /// Appends `text` escaped for XML character data and attribute values (`XMLText`: `& < > " '`
    /// as entities; characters XML 1.0 cannot carry become U+FFFD).
    public mutating func appendEscaped(_ text: String) {
        XMLText.append(text, to: &bytes)
    }

    /// Appends `text` as a quoted JSON string with the required escapes (`JSONWriter`).
    public mutating func appendJSONString(_ text: String) {
        JSONWriter.appendString(text, to: &bytes)
    }
}
