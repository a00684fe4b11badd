/// Safety limits for untrusted input. Anything beyond them is refused with an `XML-LIMIT` finding,
/// never processed.
public struct ParseLimits: Sendable, Hashable {
    /// Largest input accepted, in bytes. PLO messages with attachments run to a few megabytes.
    /// Values above ``largestAcceptedBytes`` are treated as that.
    public var maxBytes: Int
    /// Deepest element nesting accepted. libxml2 itself stops at 256 without `XML_PARSE_HUGE`,
    /// which we never set; a lower value is enforced by us.
    public var maxDepth: Int
    /// Most attributes (namespace declarations included) on one element. libxml2 2.9 checks
    /// duplicate attributes in quadratic time, so this is counted on the raw bytes before it parses.
    public var maxAttributes: Int
    /// Wall-clock budget for parsing one input, in seconds (0: none). Checked between elements.
    public var maxParseSeconds: Double

    public init(maxBytes: Int = 32 * 1024 * 1024, maxDepth: Int = 256, maxAttributes: Int = 256, maxParseSeconds: Double = 10) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxAttributes = maxAttributes
        self.maxParseSeconds = maxParseSeconds
    }

    /// The largest input libxml2 can take in one piece (its length is a C `int`): 2 GiB − 1.
    public static let largestAcceptedBytes = Int(Int32.max)

    /// 32 MiB, 256 levels, 256 attributes per element, 10 s per parse.
    public static let `default` = ParseLimits()
}
