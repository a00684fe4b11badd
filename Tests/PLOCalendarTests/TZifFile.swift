import Foundation

/// A minimal reader for version 2+ TZif files (RFC 8536), used to check ``Oslo`` against the
/// system tz database independently of Foundation (whose ICU data links Europe/Oslo to Berlin).
struct TZifFile {
    /// Transition instants (Unix seconds), ascending, and the UTC offset that starts at each.
    let transitions: [(at: Int64, offset: Int)]
    /// The offset before the first transition.
    let initialOffset: Int

    init?(path: String) {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let bytes = [UInt8](data)
        func integer(_ offset: Int, _ size: Int) -> Int64? {
            guard offset + size <= bytes.count else { return nil }
            var value: UInt64 = 0
            for index in offset..<offset + size { value = value << 8 | UInt64(bytes[index]) }
            // Sign-extend.
            let shift = UInt64(64 - size * 8)
            return Int64(bitPattern: value << shift) >> Int64(shift)
        }
        func header(_ at: Int) -> [Int]? {
            guard bytes.count >= at + 44, bytes[at..<at + 4].elementsEqual("TZif".utf8) else {
                return nil
            }
            return (0..<6).compactMap { integer(at + 20 + $0 * 4, 4).map { Int($0) } }
        }
        // Skip the version 1 block (32-bit times) to reach the version 2 block.
        guard let v1 = header(0), v1.count == 6, bytes[4] >= UInt8(ascii: "2") else { return nil }
        let (isut1, isstd1, leap1, time1, type1, char1) = (v1[0], v1[1], v1[2], v1[3], v1[4], v1[5])
        let v2Start = 44 + time1 * 5 + type1 * 6 + char1 + leap1 * 8 + isstd1 + isut1
        guard let v2 = header(v2Start), v2.count == 6 else { return nil }
        let (timeCount, typeCount) = (v2[3], v2[4])
        let timesStart = v2Start + 44
        let indicesStart = timesStart + timeCount * 8
        let typesStart = indicesStart + timeCount
        var offsets: [Int] = []
        for type in 0..<typeCount {
            guard let offset = integer(typesStart + type * 6, 4) else { return nil }
            offsets.append(Int(offset))
        }
        var transitions: [(at: Int64, offset: Int)] = []
        for index in 0..<timeCount {
            guard let at = integer(timesStart + index * 8, 8), indicesStart + index < bytes.count
            else { return nil }
            let type = Int(bytes[indicesStart + index])
            guard type < offsets.count else { return nil }
            transitions.append((at, offsets[type]))
        }
        guard let first = offsets.first else { return nil }
        self.transitions = transitions
        self.initialOffset = first
    }

    /// The offset at `unixSeconds`, valid up to the last listed transition.
    func offset(at unixSeconds: Int64) -> Int {
        var low = 0
        var high = transitions.count
        while low < high {
            let mid = (low + high) / 2
            if transitions[mid].at <= unixSeconds { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? initialOffset : transitions[low - 1].offset
    }
}
