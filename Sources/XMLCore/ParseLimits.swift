/// Safety limits for untrusted input. Anything beyond them is refused with an `XML-LIMIT` finding,
/// never processed.
public struct ParseLimits: Sendable, Hashable {
    /// Largest input accepted, in bytes. PLO messages with attachments run to a few megabytes.
    public var maxBytes: Int
    /// Deepest element nesting accepted. libxml2 itself stops at 256 without `XML_PARSE_HUGE`,
    /// which we never set; a lower value is enforced by us.
    public var maxDepth: Int

    public init(maxBytes: Int = 32 * 1024 * 1024, maxDepth: Int = 256) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
    }

    /// 32 MiB, 256 levels.
    public static let `default` = ParseLimits()
}
