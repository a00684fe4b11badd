/// A random duration, in **minutes**, as written in a scenario file.
///
/// ```yaml
/// lengthOfStay: { kind: lognormal, median: 4320, sigma: 0.6, min: 1560, max: 30000 }
/// innleggelsesrapportDelay: { kind: uniform, min: 20, max: 200 }
/// transportDelay: { kind: fixed, value: 2 }
/// ```
/// `min`/`max` clamp every kind; `exponential` takes `mean`.
public struct Distribution: Codable, Sendable, Equatable {
    /// The shape of the distribution.
    public enum Kind: String, Codable, Sendable {
        case fixed, uniform, lognormal, exponential
    }

    /// Which distribution.
    public var kind: Kind
    /// `fixed`: the value.
    public var value: Double?
    /// `uniform`: lower bound; all kinds: lower clamp.
    public var min: Double?
    /// `uniform`: upper bound; all kinds: upper clamp.
    public var max: Double?
    /// `lognormal`: the median (e^μ).
    public var median: Double?
    /// `lognormal`: σ of the underlying normal.
    public var sigma: Double?
    /// `exponential`: the mean.
    public var mean: Double?

    /// Creates a distribution; pass only the parameters its kind uses.
    public init(
        kind: Kind, value: Double? = nil, min: Double? = nil, max: Double? = nil,
        median: Double? = nil, sigma: Double? = nil, mean: Double? = nil
    ) {
        self.kind = kind
        self.value = value
        self.min = min
        self.max = max
        self.median = median
        self.sigma = sigma
        self.mean = mean
    }

    /// A uniform distribution on `[min, max]` minutes.
    public static func uniform(_ min: Double, _ max: Double) -> Distribution {
        Distribution(kind: .uniform, min: min, max: max)
    }

    /// A constant.
    public static func fixed(_ value: Double) -> Distribution {
        Distribution(kind: .fixed, value: value)
    }

    /// A problem with the parameters, or `nil` when usable.
    public func problem(named name: String) -> String? {
        switch kind {
        case .fixed where value == nil: return "\(name): kind fixed needs value"
        case .uniform where min == nil || max == nil: return "\(name): kind uniform needs min and max"
        case .lognormal where median == nil || sigma == nil: return "\(name): kind lognormal needs median and sigma"
        case .exponential where mean == nil: return "\(name): kind exponential needs mean"
        default: break
        }
        if let lo = min, let hi = max, lo > hi { return "\(name): min is greater than max" }
        if let lo = min, lo < 0 { return "\(name): negative durations are not allowed" }
        return nil
    }

    /// Draws one value in minutes (clamped to `min`/`max`, never negative).
    public func sampleMinutes(_ rng: inout SplitMix64) -> Double {
        var x: Double
        switch kind {
        case .fixed:
            x = value ?? 0
        case .uniform:
            let lo = min ?? 0
            let hi = max ?? lo
            x = lo + (hi - lo) * rng.nextUnit()
        case .lognormal:
            x = (median ?? 1) * Math.exp((sigma ?? 0) * rng.standardNormal())
        case .exponential:
            x = rng.exponential(mean: mean ?? 1)
        }
        if let lo = min, x < lo { x = lo }
        if let hi = max, x > hi { x = hi }
        return x < 0 ? 0 : x
    }

    /// Draws one value in whole seconds.
    public func sampleSeconds(_ rng: inout SplitMix64) -> SimTime {
        SimTime((sampleMinutes(&rng) * 60).rounded())
    }
}
