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
}

// File-scope wrappers: inside `Math`, the bare names would resolve to the static members.
@inline(__always) private func libmLog(_ x: Double) -> Double { log(x) }
@inline(__always) private func libmExp(_ x: Double) -> Double { exp(x) }
@inline(__always) private func libmCos(_ x: Double) -> Double { cos(x) }
