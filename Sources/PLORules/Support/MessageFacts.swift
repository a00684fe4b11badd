import PLOModel
import XMLCore

/// What several rules read from one message — the Pasientlogistikk events and the AppRec —
/// read once per check by ``ProfileChecker`` instead of once per rule.
///
/// Immutable after creation; a check uses it on one thread, so it is safe to hand over.
public final class MessageFacts: @unchecked Sendable {
    /// The document the facts were read from (to tell whether a cached value fits a message).
    let document: XMLDocument
    /// The logistics part of a Pasientlogistikk message.
    public let logistics: LogisticsContent?
    /// The AppRec receipt.
    public let appRec: AppRecContent?

    /// Reads the facts of `message`.
    public init(_ message: PLOMessage) {
        document = message.document
        logistics = message.logistics
        appRec = message.appRec
    }
}

extension RuleContext {
    /// The facts of `message`: the ones ``ProfileChecker`` read for it, or freshly read ones when
    /// a rule is run on its own.
    public func facts(_ message: PLOMessage) -> MessageFacts {
        if let cached, cached.document === message.document { return cached }
        return MessageFacts(message)
    }
}
