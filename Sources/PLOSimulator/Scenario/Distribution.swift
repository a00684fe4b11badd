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

    enum CodingKeys: String, CodingKey, CaseIterable {
        case kind, value, min, max, median, sigma, mean
    }

    /// Decodes a distribution; a field it does not know is an error.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        kind = try c.decode(Kind.self, forKey: .kind)
        value = try c.decodeIfPresent(Double.self, forKey: .value)
        min = try c.decodeIfPresent(Double.self, forKey: .min)
        max = try c.decodeIfPresent(Double.self, forKey: .max)
        median = try c.decodeIfPresent(Double.self, forKey: .median)
        sigma = try c.decodeIfPresent(Double.self, forKey: .sigma)
        mean = try c.decodeIfPresent(Double.self, forKey: .mean)
    }

    /// The longest duration a scenario may name: ten years, in minutes. Every draw is clamped
    /// to it too, so a sample always converts to whole seconds.
    public static let longestMinutes: Double = 10 * 366 * 24 * 60
    /// The largest `sigma` accepted (e^(10·z) already spans any sensible duration).
    public static let largestSigma: Double = 10

    /// A problem with the parameters, or `nil` when usable.
    public func problem(named name: String) -> String? {
        issue().map { "\(name)\($0.field.map { ".\($0)" } ?? ""): \($0.text)" }
    }

    /// The first problem with the parameters: the field it concerns (nil: the whole distribution) and why.
    func issue() -> (field: String?, text: String)? {
        let minutes = 0...Self.longestMinutes
        for (field, number, range) in [
            ("value", value, minutes), ("min", min, minutes), ("max", max, minutes), ("median", median, minutes),
            ("mean", mean, minutes), ("sigma", sigma, 0...Self.largestSigma),
        ] {
            guard let number else { continue }
            if !number.isFinite { return (field, "must be a finite number, not \(number)") }
            if !range.contains(number) {
                return (field, number < 0 ? "negative durations are not allowed (got \(number))" : "must lie in \(Self.text(range)) (got \(number))")
            }
        }
        switch kind {
        case .fixed where value == nil: return (nil, "kind fixed needs value")
        case .uniform where min == nil || max == nil: return (nil, "kind uniform needs min and max")
        case .lognormal where median == nil || sigma == nil: return (nil, "kind lognormal needs median and sigma")
        case .exponential where mean == nil: return (nil, "kind exponential needs mean")
        default: break
        }
        if let lo = min, let hi = max, lo > hi { return (nil, "min is greater than max") }
        return nil
    }

    private static func text(_ range: ClosedRange<Double>) -> String {
        func number(_ x: Double) -> String { x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x) }
        return "\(number(range.lowerBound))…\(number(range.upperBound))"
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
        // A validated scenario stays inside these bounds; they make every draw convertible anyway.
        if x.isNaN || x < 0 { return 0 }
        return Swift.min(x, Self.longestMinutes)
    }

    /// Draws one value in whole seconds.
    public func sampleSeconds(_ rng: inout SplitMix64) -> SimTime {
        Math.wholeSeconds(sampleMinutes(&rng) * 60)
    }
}
