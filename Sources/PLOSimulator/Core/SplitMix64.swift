/// A small, fast, seeded pseudo-random generator (Steele, Lea & Flood's SplitMix64).
///
/// The simulator draws every random choice from one instance, so the same seed always
/// gives the same run. The sequence is part of the output contract: changing it changes
/// every simulated file (see `SplitMix64Tests` for golden values).
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The internal state; advanced by the golden-ratio increment on every draw.
    public private(set) var state: UInt64

    /// Creates a generator whose sequence is fully determined by `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// Returns the next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniformly distributed `Double` in `[0, 1)` built from the top 53 bits.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// `true` with probability `p` (clamped to `[0, 1]`); draws exactly one value.
    public mutating func chance(_ p: Double) -> Bool {
        nextUnit() < p
    }

    /// A uniformly distributed integer in `range`, unbiased (Lemire's method via the standard library).
    public mutating func int(in range: ClosedRange<Int64>) -> Int64 {
        Int64.random(in: range, using: &self)
    }

    /// A uniformly distributed index below `count` (`count` must be positive).
    public mutating func index(below count: Int) -> Int {
        Int.random(in: 0..<count, using: &self)
    }

    /// A standard normal variate (Box–Muller; draws two uniforms).
    public mutating func standardNormal() -> Double {
        let u1 = 1.0 - nextUnit()  // (0, 1]
        let u2 = nextUnit()
        return (-2.0 * Math.log(u1)).squareRoot() * Math.cos(2.0 * Double.pi * u2)
    }

    /// An exponential variate with the given mean (inverse transform; draws one uniform).
    public mutating func exponential(mean: Double) -> Double {
        -mean * Math.log(1.0 - nextUnit())
    }
}
