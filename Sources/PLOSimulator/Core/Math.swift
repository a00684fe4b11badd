#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few libm functions the simulator needs, without importing Foundation.
enum Math {
    static func log(_ x: Double) -> Double { libmLog(x) }
    static func exp(_ x: Double) -> Double { libmExp(x) }
    static func cos(_ x: Double) -> Double { libmCos(x) }

    /// `seconds` rounded to a whole number; NaN and negatives give 0, and values beyond
    /// `limit` give it (a checked conversion: never a trap).
    static func wholeSeconds(_ seconds: Double, limit: Int64 = 1 << 40) -> Int64 {
        let rounded = seconds.rounded()
        guard rounded > 0 else { return 0 }
        guard rounded < Double(limit), let whole = Int64(exactly: rounded) else { return limit }
        return whole
    }
}

// File-scope wrappers: inside `Math`, the bare names would resolve to the static members.
@inline(__always) private func libmLog(_ x: Double) -> Double { log(x) }
@inline(__always) private func libmExp(_ x: Double) -> Double { exp(x) }
@inline(__always) private func libmCos(_ x: Double) -> Double { cos(x) }
