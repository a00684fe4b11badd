import PLOModel
import XMLCore

/// Builds messages for tests.
enum PLOMessageFactory {
    static func message(_ document: XMLDocument) -> PLOMessage { PLOMessage(document: document) }
}
