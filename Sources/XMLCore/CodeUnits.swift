#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How the raw input is read as code units of 1, 2 or 4 bytes, as libxml2 detects it from the
/// first bytes (byte order mark or the start of `<?xml`).
struct CodeUnitLayout {
    let width: Int
    let bigEndian: Bool
    /// The byte offset of the first unit (after a byte order mark).
    let start: Int

    /// The layout of `buffer`, or `nil` for EBCDIC and the unusual UCS-4 byte orders.
    init?(detecting buffer: UnsafeBufferPointer<UInt8>) {
        func byte(_ index: Int) -> Int { index < buffer.count ? Int(buffer[index]) : -1 }
        let (b0, b1, b2, b3) = (byte(0), byte(1), byte(2), byte(3))
        func starts(_ c0: Int, _ c1: Int, _ c2: Int = -2, _ c3: Int = -2) -> Bool {
            b0 == c0 && b1 == c1 && (c2 == -2 || b2 == c2) && (c3 == -2 || b3 == c3)
        }
        switch true {
        case starts(0x00, 0x00, 0xFE, 0xFF): (width, bigEndian, start) = (4, true, 4)
        case starts(0xFF, 0xFE, 0x00, 0x00): (width, bigEndian, start) = (4, false, 4)
        case starts(0x00, 0x00, 0x00, 0x3C): (width, bigEndian, start) = (4, true, 0)
        case starts(0x3C, 0x00, 0x00, 0x00): (width, bigEndian, start) = (4, false, 0)
        case starts(0x00, 0x00, 0x3C, 0x00), starts(0x00, 0x3C, 0x00, 0x00), starts(0x4C, 0x6F, 0xA7, 0x94): return nil
        case starts(0xEF, 0xBB, 0xBF): (width, bigEndian, start) = (1, false, 3)
        case starts(0xFE, 0xFF): (width, bigEndian, start) = (2, true, 2)
        case starts(0xFF, 0xFE): (width, bigEndian, start) = (2, false, 2)
        case starts(0x00, 0x3C, 0x00, 0x3F): (width, bigEndian, start) = (2, true, 0)
        case starts(0x3C, 0x00, 0x3F, 0x00): (width, bigEndian, start) = (2, false, 0)
        default: (width, bigEndian, start) = (1, false, 0)
        }
    }
}

/// The input as a sequence of code units, numbered from 0 after any byte order mark; a trailing
/// partial unit is not part of it.
protocol CodeUnitReader {
    /// The number of whole units.
    var count: Int { get }
    /// Unit `index` (`0 ..< count`).
    func unit(_ index: Int) -> UInt32
    /// The first index at or after `from` whose unit is `target` (an ASCII character), or
    /// `count` when there is none.
    func firstIndex(of target: UInt32, from: Int) -> Int
    /// The first index at or after `from` whose unit is below 64 with its bit set in `set`
    /// (bit `n` stands for the character `n`: `=`, `<`, quotes …), or `count` when there is none.
    func firstIndex(inSet set: UInt64, from: Int) -> Int
}

extension CodeUnitReader {
    /// The 1-based line of unit `index`: one more than the line feeds before it.
    func line(at index: Int) -> Int {
        var line = 1
        for k in 0..<min(index, count) where unit(k) == 0x0A { line += 1 }
        return line
    }
}

/// Single-byte input (UTF-8, ISO-8859-x …): searched with `memchr`.
struct ByteUnits: CodeUnitReader {
    private let units: UnsafeBufferPointer<UInt8>

    init(_ buffer: UnsafeBufferPointer<UInt8>, start: Int) {
        units = UnsafeBufferPointer(rebasing: buffer[min(start, buffer.count)...])
    }

    var count: Int { units.count }

    @inline(__always) func unit(_ index: Int) -> UInt32 { UInt32(units[index]) }

    @inline(__always) func firstIndex(of target: UInt32, from: Int) -> Int {
        guard from < units.count, let base = units.baseAddress,
            let found = memchr(base + from, Int32(target), units.count - from)
        else { return units.count }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    @inline(__always) func firstIndex(inSet set: UInt64, from: Int) -> Int {
        var index = from
        while index < units.count {
            let byte = units[index]
            // Letters (64 and above), the bulk of a tag, cost one comparison.
            if byte < 64 && (set &>> UInt64(byte)) & 1 != 0 { return index }
            index += 1
        }
        return units.count
    }
}

/// UTF-16 and UCS-4 input, read unit by unit in its byte order.
struct WideUnits: CodeUnitReader {
    private let buffer: UnsafeBufferPointer<UInt8>
    private let width: Int
    private let bigEndian: Bool
    private let start: Int
    let count: Int

    init(_ buffer: UnsafeBufferPointer<UInt8>, layout: CodeUnitLayout) {
        self.buffer = buffer
        width = layout.width
        bigEndian = layout.bigEndian
        start = min(layout.start, buffer.count)
        count = (buffer.count - start) / layout.width
    }

    func unit(_ index: Int) -> UInt32 {
        let i = start + index * width
        var value: UInt32 = 0
        for offset in 0..<width {
            let byte = UInt32(buffer[bigEndian ? i + offset : i + width - 1 - offset])
            value = value << 8 | byte
        }
        return value
    }

    func firstIndex(of target: UInt32, from: Int) -> Int {
        var index = from
        while index < count, unit(index) != target { index += 1 }
        return min(index, count)
    }

    func firstIndex(inSet set: UInt64, from: Int) -> Int {
        var index = from
        while index < count {
            let unit = self.unit(index)
            if unit < 64 && (set &>> UInt64(unit)) & 1 != 0 { return index }
            index += 1
        }
        return count
    }
}
