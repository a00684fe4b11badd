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

    /// Appends a non-negative or negative integer in decimal, zero-padded to `width` digits.
    public mutating func append(int value: Int64, width: Int = 0) {
        var v = value
        if v < 0 {
            bytes.append(UInt8(ascii: "-"))
            v = -v
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { raw in
            repeat {
                raw[n] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
                n += 1
            } while v > 0
            while n < width && n < 20 {
                raw[n] = UInt8(ascii: "0")
                n += 1
            }
            for i in stride(from: n - 1, through: 0, by: -1) { bytes.append(raw[i]) }
        }
    }

    /// Appends `text` escaped for XML character data and attribute values (`& < > " '`;
    /// control characters other than tab, LF and CR, which XML 1.0 forbids, are dropped).
    public mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "&"): append("&amp;")
                case UInt8(ascii: "<"): append("&lt;")
                case UInt8(ascii: ">"): append("&gt;")
                case UInt8(ascii: "\""): append("&quot;")
                case UInt8(ascii: "'"): append("&apos;")
                case 0x09, 0x0A, 0x0D: bytes.append(byte)
                case 0..<0x20: continue
                default: bytes.append(byte)
                }
            }
        }
    }

    /// Appends `text` as a quoted JSON string with the required escapes.
    public mutating func appendJSONString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\""): append("\\\"")
                case UInt8(ascii: "\\"): append("\\\\")
                case 0x0A: append("\\n")
                case 0x0D: append("\\r")
                case 0x09: append("\\t")
                case 0..<0x20:
                    append("\\u00")
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    bytes.append(hex[Int(byte >> 4)])
                    bytes.append(hex[Int(byte & 0xF)])
                default: bytes.append(byte)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
